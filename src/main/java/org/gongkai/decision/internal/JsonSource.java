package org.gongkai.decision.internal;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON array of decision objects, or NDJSON (one object per line), read as a stream: the fields
 * are the import's column names ({@code agency}, {@code kind}, {@code decisionNumber}, … or the
 * Chinese headers).
 */
public final class JsonSource implements RowSource {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ImportColumn[] COLUMNS = ImportColumn.values();

  private final InputStream in;

  public JsonSource(InputStream in) {
    this.in = in;
  }

  @Override
  public void read(RowSink sink) throws IOException {
    String[] header = new String[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      header[i] = COLUMNS[i].label();
    }
    sink.header(header);
    long number = 0;
    boolean inObject = false;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ImportFailure("请求内容是空的：请提交 JSON 数组或每行一个 JSON 对象（NDJSON）");
      }
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken t = array ? p.nextToken() : first;
      while (t != null && t != JsonToken.END_ARRAY) {
        number++;
        if (t != JsonToken.START_OBJECT) {
          throw new ImportFailure("第 " + number + " 条记录不是 JSON 对象");
        }
        inObject = true;
        String[] cells = new String[COLUMNS.length];
        String name;
        while ((name = p.nextName()) != null) {
          JsonToken v = p.nextToken();
          ImportColumn column = ImportColumn.of(name);
          if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            p.skipChildren();
            continue;
          }
          if (column != null && v != JsonToken.VALUE_NULL) {
            cells[column.ordinal()] = p.getString();
          }
        }
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] == null) {
            cells[i] = "";
          }
        }
        inObject = false;
        sink.row(number, cells);
        t = p.nextToken();
      }
    } catch (JacksonException e) {
      throw new ImportFailure("第 " + (inObject ? number : number + 1) + " 条记录附近 JSON 格式错误（" + location(e) + "），本次未保存任何数据");
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? "无法解析" : "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列";
  }
}
