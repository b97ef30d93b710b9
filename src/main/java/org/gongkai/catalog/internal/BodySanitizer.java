package org.gongkai.catalog.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich-text body: only formatting tags (paragraphs, headings, lists, tables, links, images)
 * survive; scripts, styles, frames and event handlers are removed.
 */
public final class BodySanitizer {

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addTags("hr", "center")
          .addAttributes(":all", "align")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addProtocols("img", "src", "http", "https");

  private BodySanitizer() {}

  /** The body with everything unsafe removed. */
  public static String clean(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, "", SAFELIST, settings);
  }

  /** The plain text of a (clean) body, for search and the personal-data check. */
  public static String text(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document doc = Jsoup.parse(html);
    doc.select("br").append("\\n");
    doc.select("p, div, h1, h2, h3, h4, h5, h6, li, tr").prepend("\\n");
    return doc.text().replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t\n]*", "\n").strip();
  }
}
