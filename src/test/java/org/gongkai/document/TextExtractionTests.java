package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.junit.jupiter.api.Test;

class TextExtractionTests {

  @Test
  void readsWordParagraphsAndTables() {
    String text = TextExtraction.extract(Samples.docx("关于公开某项目环评报告的申请", "李四"));
    assertThat(text).contains("关于公开某项目环评报告的申请", "姓名", "李四", "13812345678");
  }

  @Test
  void readsSpreadsheetsByStreamingAndStopsAtTheLimit() {
    byte[] xlsx = Samples.xlsx(300);
    String all = TextExtraction.extract(xlsx);
    assertThat(all).contains("申请登记", "编号\t申请内容", "公开某项目的环评报告300");
    String cut = TextExtraction.extract(xlsx, 500);
    assertThat(cut).hasSize(500).doesNotContain("环评报告300");
  }

  @Test
  void readsPdfText() {
    String text = TextExtraction.extract(Samples.latinPdf("Reply to request 2026-0012", "Second line"));
    assertThat(text).contains("Reply to request 2026-0012", "Second line");
  }

  @Test
  void readsUtf8AndGbkText() {
    assertThat(TextExtraction.extract("重庆市教育委员会".getBytes(StandardCharsets.UTF_8))).isEqualTo("重庆市教育委员会");
    assertThat(TextExtraction.extract("重庆市教育委员会".getBytes(Charset.forName("GBK")))).isEqualTo("重庆市教育委员会");
    byte[] bom = ("\uFEFF" + "答复").getBytes(StandardCharsets.UTF_8);
    assertThat(TextExtraction.extract(bom)).isEqualTo("答复");
  }

  @Test
  void refusesPasswordProtectedPdf() throws IOException {
    byte[] plain = Samples.latinPdf("secret");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(plain)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
    assertThatThrownBy(() -> TextExtraction.extract(out.toByteArray()))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("加密");
  }

  @Test
  void refusesPasswordProtectedWordFiles() throws Exception {
    byte[] docx = Samples.docx("机密", "王五");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("pass");
      try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(docx));
          OutputStream os = encryptor.getDataStream(fs)) {
        pkg.save(os);
      }
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> TextExtraction.extract(out.toByteArray()))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("加密");
  }

  @Test
  void refusesZipBombs() {
    byte[] bomb = Samples.zip(30L << 20, "[Content_Types].xml", "word/document.xml");
    assertThat(bomb.length).isLessThan(100_000);
    TextExtraction.Limits tight = new TextExtraction.Limits(1000, 20L << 20, 100);
    assertThatThrownBy(() -> TextExtraction.extract(bomb, tight))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("压缩炸弹");
    String[] many = new String[200];
    many[0] = "xl/workbook.xml";
    for (int i = 1; i < many.length; i++) {
      many[i] = "xl/part" + i + ".xml";
    }
    assertThatThrownBy(() -> TextExtraction.extract(Samples.zip(0, many), tight))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("文件过多");
  }

  @Test
  void refusesDamagedAndUnsupportedFiles() {
    byte[] pdf = Samples.latinPdf("x");
    byte[] broken = java.util.Arrays.copyOf(pdf, 40);
    assertThatThrownBy(() -> TextExtraction.extract(broken))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> TextExtraction.extract(new byte[] {1, 2, 0, 4}))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("无法识别");
    assertThatThrownBy(() -> TextExtraction.extract(Samples.zip(0, "a.txt")))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("压缩包");
  }
}
