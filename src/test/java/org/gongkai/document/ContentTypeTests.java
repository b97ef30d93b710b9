package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentTypeTests {

  @Test
  void recognisesOfficeFilesByTheirEntriesNotTheirName() {
    assertThat(ContentType.detect(Samples.docx("正文", "张三"))).isEqualTo(ContentType.DOCX);
    assertThat(ContentType.detect(Samples.xlsx(3))).isEqualTo(ContentType.XLSX);
    assertThat(ContentType.detect(Samples.zip(0, "readme.txt", "word/readme.xml"))).isEqualTo(ContentType.ZIP);
    assertThat(ContentType.DOCX.label()).isEqualTo("Word 文档");
  }

  @Test
  void recognisesAnOfficeFileFromItsHeadAlone() {
    byte[] docx = Samples.zip(0, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    byte[] head = Arrays.copyOf(docx, docx.length - 40); // central directory cut off
    assertThat(ContentType.detect(head)).isEqualTo(ContentType.DOCX);
  }

  @Test
  void recognisesPdfAndImagesByMagicBytes() {
    assertThat(ContentType.detect(Samples.latinPdf("hello"))).isEqualTo(ContentType.PDF);
    assertThat(ContentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))
        .isEqualTo(ContentType.PNG);
    assertThat(ContentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
        .isEqualTo(ContentType.JPEG);
    assertThat(ContentType.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentType.GIF);
  }

  @Test
  void recognisesUtf8AndGbkTextButNotBinary() {
    assertThat(ContentType.detect("政府信息公开申请".getBytes(StandardCharsets.UTF_8))).isEqualTo(ContentType.TEXT);
    assertThat(ContentType.detect("政府信息公开申请".getBytes(Charset.forName("GBK")))).isEqualTo(ContentType.TEXT);
    assertThat(ContentType.detect(new byte[] {1, 2, 3, 0, 5, 6})).isEqualTo(ContentType.UNKNOWN);
    assertThat(ContentType.detect(new byte[0])).isEqualTo(ContentType.UNKNOWN);
    assertThat(ContentType.detect(null)).isEqualTo(ContentType.UNKNOWN);
  }
}
