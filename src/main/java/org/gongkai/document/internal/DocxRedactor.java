package org.gongkai.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.gongkai.document.ContentType;
import org.gongkai.document.DocumentException;
import org.gongkai.document.Redaction;
import org.gongkai.document.RedactionLogEntry;
import org.gongkai.document.RedactionResult;
import org.gongkai.document.RedactionSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Redacts a .docx file part by part, at the XML level: in every paragraph of the body, tables,
 * text boxes, headers, footers, foot- and endnotes the text of all {@code w:t} elements is joined
 * (so a match split over several runs is found), and the matched characters are deleted, the first
 * piece replaced by {@link Redaction#DOCX_MARK}. Tracked deletions, comments, field codes holding
 * matches, matching hyperlink targets and identifying document properties are removed.
 */
public final class DocxRedactor {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private static final long MAX_BYTES = 200L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;

  private DocxRedactor() {}

  public static RedactionResult redact(byte[] docx, RedactionSpec spec) {
    if (ContentType.detect(docx) != ContentType.DOCX) {
      throw new DocumentException("不是有效的 Word（.docx）文件，无法进行区分处理。");
    }
    ZipEntries.requireBounded(docx, MAX_BYTES, MAX_ENTRIES);
    Map<String, byte[]> entries = read(docx);
    Map<String, String> types = contentTypes(entries.get("[Content_Types].xml"));
    List<RedactionLogEntry> log = new ArrayList<>();
    Map<String, Integer> paragraphCounters = new HashMap<>();
    try {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        String name = entry.getKey();
        String type = types.getOrDefault("/" + name, "");
        String area = area(type);
        if (area != null) {
          Document xml = parse(entry.getValue());
          redactParagraphs(xml, area, spec, log, paragraphCounters);
          removeLeaks(xml, area.equals("批注"));
          entry.setValue(write(xml));
        } else if (name.equals("docProps/core.xml") || type.endsWith("core-properties+xml")) {
          entry.setValue(write(clearChildren(parse(entry.getValue()), null)));
        } else if (name.equals("docProps/app.xml")) {
          Document xml = parse(entry.getValue());
          for (String tag : new String[] {"Company", "Manager", "HyperlinkBase"}) {
            NodeList nodes = xml.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
              nodes.item(i).setTextContent("");
            }
          }
          entry.setValue(write(xml));
        } else if (name.equals("docProps/custom.xml")) {
          entry.setValue(write(clearChildren(parse(entry.getValue()), "remove")));
        } else if (name.startsWith("word/_rels/") && name.endsWith(".rels")) {
          entry.setValue(write(redactHyperlinks(parse(entry.getValue()), spec)));
        }
      }
      return new RedactionResult(zip(entries), log);
    } catch (IOException | SAXException | ParserConfigurationException | TransformerException e) {
      throw new DocumentException("Word 文件已损坏或格式不正确，无法进行区分处理。", e);
    }
  }

  /** The Chinese name of a part holding paragraphs, or null for other parts. */
  private static String area(String contentType) {
    if (!contentType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")) {
      return null;
    }
    String kind = contentType.substring(contentType.lastIndexOf('.') + 1);
    return switch (kind) {
      case "main+xml" -> "正文";
      case "header+xml" -> "页眉";
      case "footer+xml" -> "页脚";
      case "footnotes+xml" -> "脚注";
      case "endnotes+xml" -> "尾注";
      case "comments+xml" -> "批注";
      default -> null;
    };
  }

  private static void redactParagraphs(
      Document xml,
      String area,
      RedactionSpec spec,
      List<RedactionLogEntry> log,
      Map<String, Integer> counters) {
    NodeList paragraphs = xml.getElementsByTagNameNS(W, "p");
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < paragraphs.getLength(); i++) {
      list.add((Element) paragraphs.item(i));
    }
    for (Element p : list) {
      int number = counters.merge(area, 1, Integer::sum);
      List<Element> texts = ownTexts(p);
      if (texts.isEmpty()) {
        continue;
      }
      StringBuilder joined = new StringBuilder();
      int[] starts = new int[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        starts[i] = joined.length();
        joined.append(texts.get(i).getTextContent());
      }
      String text = joined.toString();
      List<Spans.Span> spans = Spans.find(text, spec.patterns(), spec.literals());
      if (spans.isEmpty()) {
        continue;
      }
      String location = area + "第" + number + "段" + (inTable(p) ? "（表格）" : "");
      // new text per w:t element
      StringBuilder[] rebuilt = new StringBuilder[texts.size()];
      for (int i = 0; i < rebuilt.length; i++) {
        rebuilt[i] = new StringBuilder();
      }
      int spanIndex = 0;
      for (int pos = 0, node = 0; pos < text.length(); pos++) {
        while (node + 1 < starts.length && starts[node + 1] <= pos) {
          node++;
        }
        while (spanIndex < spans.size() && spans.get(spanIndex).end() <= pos) {
          spanIndex++;
        }
        Spans.Span span = spanIndex < spans.size() ? spans.get(spanIndex) : null;
        if (span != null && pos >= span.start()) {
          if (pos == span.start()) {
            rebuilt[node].append(Redaction.DOCX_MARK);
          }
        } else {
          rebuilt[node].append(text.charAt(pos));
        }
      }
      for (int i = 0; i < texts.size(); i++) {
        Element t = texts.get(i);
        t.setTextContent(rebuilt[i].toString());
        t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
      }
      for (Spans.Span span : spans) {
        String withheld = text.substring(span.start(), span.end());
        log.add(
            new RedactionLogEntry(location, span.kind(), withheld.length(), spec.reason(), Masking.mask(withheld)));
      }
    }
  }

  /** The w:t elements whose nearest paragraph is {@code p} (not those of nested text boxes). */
  private static List<Element> ownTexts(Element p) {
    List<Element> own = new ArrayList<>();
    NodeList all = p.getElementsByTagNameNS(W, "t");
    for (int i = 0; i < all.getLength(); i++) {
      Element t = (Element) all.item(i);
      Node up = t.getParentNode();
      while (up != null && !(W.equals(up.getNamespaceURI()) && "p".equals(up.getLocalName()))) {
        up = up.getParentNode();
      }
      if (up == p) {
        own.add(t);
      }
    }
    return own;
  }

  private static boolean inTable(Element p) {
    for (Node up = p.getParentNode(); up != null; up = up.getParentNode()) {
      if (W.equals(up.getNamespaceURI()) && "tc".equals(up.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  /** Tracked deletions keep the old text; comments and field codes can hold it too. */
  private static void removeLeaks(Document xml, boolean commentsPart) {
    removeAll(xml, "del");
    removeAll(xml, "delText");
    removeAll(xml, "commentRangeStart");
    removeAll(xml, "commentRangeEnd");
    NodeList refs = xml.getElementsByTagNameNS(W, "commentReference");
    List<Node> runs = new ArrayList<>();
    for (int i = 0; i < refs.getLength(); i++) {
      runs.add(refs.item(i).getParentNode());
    }
    runs.forEach(r -> r.getParentNode().removeChild(r));
    if (commentsPart) {
      removeAll(xml, "comment");
    }
    // field instructions (e.g. HYPERLINK "mailto:…") are not visible text; drop them
    NodeList instr = xml.getElementsByTagNameNS(W, "instrText");
    for (int i = 0; i < instr.getLength(); i++) {
      String code = instr.item(i).getTextContent();
      if (code.contains("mailto:") || code.contains("@")) {
        instr.item(i).setTextContent(" HYPERLINK \"#\" ");
      }
    }
  }

  private static void removeAll(Document xml, String localName) {
    NodeList nodes = xml.getElementsByTagNameNS(W, localName);
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add(nodes.item(i));
    }
    for (Node n : list) {
      if (n.getParentNode() != null) {
        n.getParentNode().removeChild(n);
      }
    }
  }

  private static Document redactHyperlinks(Document rels, RedactionSpec spec) {
    NodeList list = rels.getElementsByTagNameNS(RELS, "Relationship");
    for (int i = 0; i < list.getLength(); i++) {
      Element rel = (Element) list.item(i);
      String target = rel.getAttribute("Target");
      if ("External".equals(rel.getAttribute("TargetMode"))
          && !Spans.find(java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8),
                  spec.patterns(), spec.literals())
              .isEmpty()) {
        rel.setAttribute("Target", "#");
      }
    }
    return rels;
  }

  /** Empties the root element of a properties part ({@code mode} "remove" drops children). */
  private static Document clearChildren(Document xml, String mode) {
    Element root = xml.getDocumentElement();
    NodeList children = root.getChildNodes();
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < children.getLength(); i++) {
      list.add(children.item(i));
    }
    for (Node child : list) {
      if (mode != null || child.getNodeType() != Node.ELEMENT_NODE) {
        root.removeChild(child);
      } else {
        String name = child.getLocalName();
        // keep the dates; drop who wrote it and what it is about
        if (!"created".equals(name) && !"modified".equals(name)) {
          root.removeChild(child);
        }
      }
    }
    return xml;
  }

  private static Map<String, String> contentTypes(byte[] xml) {
    Map<String, String> types = new HashMap<>();
    if (xml == null) {
      throw new DocumentException("Word 文件缺少 [Content_Types].xml，格式不正确。");
    }
    try {
      Document doc = parse(xml);
      NodeList overrides = doc.getElementsByTagNameNS(CT, "Override");
      for (int i = 0; i < overrides.getLength(); i++) {
        Element o = (Element) overrides.item(i);
        types.put(o.getAttribute("PartName"), o.getAttribute("ContentType"));
      }
      return types;
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new DocumentException("Word 文件已损坏或格式不正确，无法进行区分处理。", e);
    }
  }

  private static Map<String, byte[]> read(byte[] docx) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
      return entries;
    } catch (IOException e) {
      throw new DocumentException("Word 文件已损坏或格式不正确，无法进行区分处理。", e);
    }
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // [Content_Types].xml first, as Office writes it
      byte[] types = entries.get("[Content_Types].xml");
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(types);
      zip.closeEntry();
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getKey().equals("[Content_Types].xml")) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Document parse(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return builder.parse(in);
    }
  }

  private static byte[] write(Document xml) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    transformer.transform(new DOMSource(xml), new StreamResult(out));
    return out.toByteArray();
  }
}
