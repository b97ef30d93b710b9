package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class RedactionTests {

  static final String ID = IdNumbersTests.withCheckDigit("50010319850612123");
  static final String MOBILE = "13812345678";

  static Letter letterWithPersonalData() {
    return new Letter(
        "重庆市渝中区住房和城乡建设委员会",
        "关于某小区加装电梯投诉的处理情况",
        null,
        "王五",
        List.of(
            "投诉人张三（身份证号" + ID + "，联系电话" + MOBILE + "）于2026年2月10日反映某小区加装电梯施工噪声问题。",
            "经现场核查，施工单位已按要求调整作业时间，每日12时至14时、22时至次日6时停止高噪声作业。",
            "联系人：李四，电子邮箱lisi@example.com。"),
        "重庆市渝中区住房和城乡建设委员会",
        LocalDate.of(2026, 3, 1));
  }

  @Test
  void pdfRedactionRemovesTheWithheldTextAndKeepsTheRest() throws IOException {
    byte[] pdf = Documents.letterPdf(letterWithPersonalData());
    RedactionSpec spec =
        new RedactionSpec(
            EnumSet.of(PersonalDataKind.RESIDENT_ID, PersonalDataKind.MOBILE, PersonalDataKind.EMAIL),
            List.of("张三", "李四"),
            List.of(),
            "涉及个人隐私");

    RedactionResult result = Redaction.redactPdf(pdf, spec);

    Files.createDirectories(Path.of("target/document-samples"));
    Files.write(Path.of("target/document-samples/redacted.pdf"), result.output());
    String text = TextExtraction.extract(result.output()).replaceAll("\\s+", "");
    assertThat(text)
        .doesNotContain(ID, MOBILE, "张三", "李四", "lisi@example.com", "lisi")
        .contains("反映某小区加装电梯施工噪声问题", "经现场核查", "施工单位已按要求调整作业时间")
        .contains(Redaction.PDF_LABEL);
    assertThat(result.log())
        .extracting(RedactionLogEntry::kind)
        .containsExactlyInAnyOrder(RedactionLogEntry.LITERAL, "居民身份证号", "手机号码", RedactionLogEntry.LITERAL, "电子邮箱");
    assertThat(result.log()).allSatisfy(e -> assertThat(e.location()).isEqualTo("第1页"));
    assertThat(result.log().toString()).doesNotContain(ID, MOBILE, "张三", "李四", "lisi@");
    RedactionLogEntry id = result.log().stream().filter(e -> e.kind().equals("居民身份证号")).findFirst().orElseThrow();
    assertThat(id.length()).isEqualTo(18);
    assertThat(id.masked()).isEqualTo("5001**********" + ID.substring(14));
    assertThat(id.reason()).isEqualTo("涉及个人隐私");
    // nothing of the original file is carried over: no fonts other than ours, no original metadata
    try (PDDocument doc = Loader.loadPDF(result.output())) {
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("区分处理后文本");
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
    String raw = new String(result.output(), StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain(ID).doesNotContain(MOBILE);
  }

  @Test
  void pdfRegionsRemoveTheTextInsideThem() throws IOException {
    byte[] pdf = Samples.latinPdf("Keep this line", "Remove this secret line", "Keep the last line");
    // second line: baseline at 760 - 18 = 742 from the bottom, i.e. about 842 - 742 = 100 from the top
    Region region = new Region(1, 60, 88, 300, 16);
    RedactionResult result =
        Redaction.redactPdf(pdf, new RedactionSpec(Set.of(), List.of(), List.of(region), null));
    String text = TextExtraction.extract(result.output());
    assertThat(text).contains("Keep this line", "Keep the last line").doesNotContain("secret", "Remove");
    assertThat(result.log()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(RedactionLogEntry.REGION);
      assertThat(e.length()).isEqualTo("Remove this secret line".length());
      assertThat(e.reason()).isEqualTo(RedactionSpec.DEFAULT_REASON);
    });
  }

  @Test
  void pdfRedactionRefusesOtherFiles() {
    assertThatThrownBy(() -> Redaction.redactPdf("不是PDF".getBytes(StandardCharsets.UTF_8), RedactionSpec.allPersonalData(null)))
        .isInstanceOf(DocumentException.class);
  }

  static byte[] docxWithPersonalData() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("申请人张");
      p.createRun().setText("三，身份证号" + ID.substring(0, 6));
      p.createRun().setText(ID.substring(6) + "，申请公开环评报告。");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("联系人");
      table.getRow(0).getCell(1).setText("手机");
      table.getRow(1).getCell(0).setText("张三");
      table.getRow(1).getCell(1).setText(MOBILE);
      XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("承办人：张三");
      policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("联系电话 " + MOBILE);
      doc.getProperties().getCoreProperties().setCreator("张三");
      doc.getProperties().getCoreProperties().setTitle("张三的申请");
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("张三工作室");
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void docxRedactionReplacesTextAcrossRunsInTablesHeadersAndFooters() throws IOException {
    byte[] docx = docxWithPersonalData();
    RedactionSpec spec =
        new RedactionSpec(EnumSet.allOf(PersonalDataKind.class), List.of("张三"), List.of(), "涉及个人隐私");

    RedactionResult result = Redaction.redactDocx(docx, spec);

    Files.createDirectories(Path.of("target/document-samples"));
    Files.write(Path.of("target/document-samples/redacted.docx"), result.output());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.output()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .doesNotContain("张三", ID, MOBILE)
          .contains("申请人■■■，身份证号■■■，申请公开环评报告。", "联系人", "承办人：■■■", "联系电话 ■■■");
      assertThat(doc.getProperties().getCoreProperties().getCreator()).isNull();
    }
    // no part of the package holds the withheld text any more
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.output()))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(part).as(entry.getName()).doesNotContain("张三", ID, MOBILE);
      }
    }
    assertThat(result.log())
        .extracting(RedactionLogEntry::location)
        .contains("正文第1段", "页眉第1段", "页脚第1段");
    assertThat(result.log()).anySatisfy(e -> assertThat(e.location()).endsWith("（表格）"));
    assertThat(result.log().toString()).doesNotContain("张三", ID, MOBILE);
    assertThat(result.count()).isEqualTo(6);
  }

  @Test
  void docxRedactionLeavesDocumentsWithoutMatchesReadable() throws IOException {
    byte[] docx = Samples.docx("公开环评报告", "某公司");
    RedactionResult result = Redaction.redactDocx(docx, RedactionSpec.literals(List.of("不存在的名字"), null));
    assertThat(result.log()).isEmpty();
    assertThat(TextExtraction.extract(result.output())).contains("公开环评报告", "某公司");
  }
}
