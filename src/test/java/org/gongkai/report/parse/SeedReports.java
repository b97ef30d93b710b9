package org.gongkai.report.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed report (重庆市 2020, 60号 format) as a test resource. */
public final class SeedReports {

  private SeedReports() {}

  public static byte[] chongqing2020Bytes() {
    try (InputStream in = SeedReports.class.getResourceAsStream("/org/gongkai/report/chongqing-2020-annual-report.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String chongqing2020() {
    return new String(chongqing2020Bytes(), StandardCharsets.UTF_8);
  }
}
