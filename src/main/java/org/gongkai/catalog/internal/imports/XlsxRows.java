package org.gongkai.catalog.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file, streamed with POI's SAX reader (never a whole workbook in memory).
 * The parser runs on its own thread and hands rows over a small queue.
 */
final class XlsxRows implements RowReader {

  private static final List<String> END = new ArrayList<>();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
  private final Thread thread;
  private final OPCPackage pkg;
  private volatile boolean closed;

  private XlsxRows(OPCPackage pkg) {
    this.pkg = pkg;
    this.thread = new Thread(this::parse, "xlsx-import");
    this.thread.setDaemon(true);
  }

  static XlsxRows open(Path file) {
    try {
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XlsxRows rows = new XlsxRows(pkg);
      rows.thread.start();
      return rows;
    } catch (Exception e) {
      throw new ImportProblem("无法读取XLSX文件（文件已损坏或不是Excel 2007及以上格式）");
    }
  }

  private void parse() {
    try {
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        put(new ImportProblem("XLSX文件中没有工作表"));
        return;
      }
      try (InputStream sheet = sheets.next()) {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        XMLReader xml = factory.newSAXParser().getXMLReader();
        DataFormatter formatter = new DataFormatter();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Handler(), formatter, false));
        xml.parse(new InputSource(sheet));
      }
      put(END);
    } catch (StopParsing e) {
      // closed early
    } catch (Exception e) {
      put(new ImportProblem("读取XLSX文件时出错：文件可能已损坏"));
    }
  }

  private void put(Object o) {
    try {
      while (!closed && !queue.offer(o, 200, TimeUnit.MILLISECONDS)) {
        // wait for the consumer
      }
      if (closed) {
        throw new StopParsing();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopParsing();
    }
  }

  @Override
  public List<String> next() throws IOException {
    try {
      Object o = queue.take();
      if (o == END) {
        queue.offer(END);
        return null;
      }
      if (o instanceof ImportProblem p) {
        throw p;
      }
      @SuppressWarnings("unchecked")
      List<String> row = (List<String>) o;
      return row;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    thread.interrupt();
    try {
      pkg.revert();
    } catch (RuntimeException e) {
      // read-only package
    }
  }

  private static final class StopParsing extends RuntimeException {}

  private final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
    private List<String> row;
    private int expectedRow;

    @Override
    public void startRow(int rowNum) {
      while (expectedRow < rowNum) { // keep row numbers: blank rows are passed as empty
        put(new ArrayList<String>());
        expectedRow++;
      }
      row = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      put(row);
      expectedRow = rowNum + 1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int col = column(reference);
      while (row.size() < col) {
        row.add("");
      }
      row.add(value == null ? "" : value);
    }
  }

  private static int column(String reference) {
    int col = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      col = col * 26 + (c - 'A' + 1);
    }
    return col - 1;
  }
}
