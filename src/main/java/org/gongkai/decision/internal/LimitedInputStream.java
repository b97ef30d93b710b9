package org.gongkai.decision.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read and fails with a clear message once more than the limit arrives. */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new ImportFailure("导入内容超过 " + (limit / 1024 / 1024) + " MB 上限，已停止读取，未保存任何数据；请拆分为多个文件分批导入");
    }
  }
}
