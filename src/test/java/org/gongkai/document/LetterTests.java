package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class LetterTests {

  static final Letter SAMPLE =
      new Letter(
          "重庆市教育委员会",
          "政府信息公开申请答复书",
          "渝教委依申复〔2026〕12号",
          "张三",
          List.of(
              "本机关于2026年3月2日收到您提出的政府信息公开申请，您申请获取“2025年重庆市义务教育阶段学校招生计划”。",
              "经审查，您申请获取的信息属于本机关主动公开的政府信息，已在重庆市教育委员会门户网站“政府信息公开”专栏公开，"
                  + "网址为https://jw.cq.gov.cn/zwgk_209/fdzdgknr/。根据《中华人民共和国政府信息公开条例》第三十六条第一项的规定，"
                  + "特此告知您获取该政府信息的方式和途径。",
              "如对本答复不服，可以自收到本答复之日起60日内向重庆市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"),
          "重庆市教育委员会",
          LocalDate.of(2026, 3, 16));

  @Test
  void pdfLetterHoldsTheChineseSentencesOnAnA4Page() throws IOException {
    byte[] pdf = Documents.letterPdf(SAMPLE);
    Files.createDirectories(Path.of("target/document-samples"));
    Files.write(Path.of("target/document-samples/letter.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains("政府信息公开申请答复书", "渝教委依申复〔2026〕12号", "张三：")
          .contains("本机关于2026年3月2日收到您提出的政府信息公开申请")
          .contains("2026年3月16日")
          .doesNotContain("#");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("政府信息公开申请答复书");
    }
  }

  @Test
  void wordLetterHasTheParagraphsWithChineseFonts() throws IOException {
    byte[] docx = Documents.letterDocx(SAMPLE);
    Files.createDirectories(Path.of("target/document-samples"));
    Files.write(Path.of("target/document-samples/letter.docx"), docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts)
          .contains("重庆市教育委员会", "政府信息公开申请答复书", "渝教委依申复〔2026〕12号", "张三：", "2026年3月16日")
          .contains(SAMPLE.paragraphs().get(0));
      XWPFParagraph body = doc.getParagraphs().get(texts.indexOf(SAMPLE.paragraphs().get(0)));
      assertThat(body.getIndentationFirstLine()).isEqualTo(640);
      XWPFRun run = body.getRuns().get(0);
      assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
      assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
      XWPFRun title = doc.getParagraphs().get(texts.indexOf("政府信息公开申请答复书")).getRuns().get(0);
      assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
      assertThat(doc.getFooterList()).isNotEmpty();
    }
  }

  @Test
  void omitsTheAgencyLineWhenTheTitleNamesTheAgency() {
    Letter letter =
        new Letter("重庆市教育委员会", "重庆市教育委员会政府信息公开申请答复书", null, "李四:", List.of("正文。"), "重庆市教育委员会", LocalDate.of(2026, 1, 5));
    assertThat(letter.showsAgencyLine()).isFalse();
    assertThat(letter.salutation()).isEqualTo("李四：");
    assertThat(letter.dateText()).isEqualTo("2026年1月5日");
    assertThat(TextExtraction.extract(Documents.letterPdf(letter))).contains("李四：").doesNotContain("null");
  }

  @Test
  void escapesMarkupInTheText() {
    Letter letter =
        new Letter("机关", "答复<script>", null, "A&B", List.of("1 < 2 & 3 > 2"), "机关", LocalDate.of(2026, 1, 5));
    String text = TextExtraction.extract(Documents.letterPdf(letter));
    assertThat(text).contains("答复<script>", "A&B：", "1 < 2 & 3 > 2");
  }
}
