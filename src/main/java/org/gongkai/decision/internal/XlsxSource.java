package org.gongkai.decision.internal;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Map;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows (fastexcel's SAX reader): a file of
 * a million rows never becomes a workbook in memory.
 */
public final class XlsxSource implements RowSource {

  private final InputStream in;

  public XlsxSource(InputStream in) {
    this.in = in;
  }

  @Override
  public void read(RowSink sink) throws IOException {
    PushbackInputStream pin = new PushbackInputStream(in, 8);
    byte[] head = new byte[8];
    int n = pin.readNBytes(head, 0, 8);
    if (n == 0) {
      throw new ImportFailure("文件是空的，没有表头和数据行");
    }
    if (FileSniffer.isOle(head, n)) {
      throw new ImportFailure("文件是旧版 Excel（.xls）格式，不支持；请在 Excel 中另存为 .xlsx 后上传");
    }
    if (!FileSniffer.isZip(head, n)) {
      throw new ImportFailure("文件内容不是 XLSX 格式（可能只是改了扩展名）；请上传 Excel 保存的 .xlsx 文件或 CSV 文件");
    }
    pin.unread(head, 0, n);
    boolean[] sawHeader = {false};
    try {
      FastExcel.read(pin, new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invokeHeadMap(Map<Integer, String> headMap, AnalysisContext context) {
              sawHeader[0] = true;
              sink.header(toArray(headMap));
            }

            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
              String[] cells = toArray(row);
              for (String c : cells) {
                if (c != null && !c.isBlank()) {
                  sink.row(context.readRowHolder().getRowIndex() + 1L, cells);
                  return;
                }
              }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}

            @Override
            public void onException(Exception exception, AnalysisContext context) throws Exception {
              throw exception;
            }
          })
          .headRowNumber(1)
          .autoCloseStream(false)
          .sheet(0)
          .doRead();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ImportFailure failure) {
          throw failure;
        }
      }
      throw new ImportFailure("无法读取 XLSX 文件：文件已损坏或不是 Excel 保存的工作簿；请重新保存后上传", e);
    }
    if (!sawHeader[0]) {
      throw new ImportFailure("工作表是空的，没有表头和数据行");
    }
  }

  private static String[] toArray(Map<Integer, String> map) {
    int max = -1;
    for (Integer k : map.keySet()) {
      max = Math.max(max, k);
    }
    String[] cells = new String[max + 1];
    for (Map.Entry<Integer, String> e : map.entrySet()) {
      String v = e.getValue();
      cells[e.getKey()] = v == null ? "" : v.strip();
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == null) {
        cells[i] = "";
      }
    }
    return cells;
  }
}
