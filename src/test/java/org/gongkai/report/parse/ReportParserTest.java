package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Report;
import org.gongkai.report.model.Violation;
import org.gongkai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportParserTest {

  private static Report parse(String text) {
    return ReportParser.parse(ReportFiles.read(text.getBytes(StandardCharsets.UTF_8), "report.txt"));
  }

  @Test
  void readsEveryFigureOfTheSeedReport() {
    Report r = parse(SeedReports.chongqing2020());
    assertThat(r.format()).isEqualTo(ReportFormat.F2019);
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.agencyName()).isEqualTo("重庆市");
    assertThat(r.violations()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.cells().values()).doesNotContainNull();
    // section 二
    assertThat(r.get("proactive.rules.newlyMade")).isEqualTo(7L);
    assertThat(r.get("proactive.rules.totalPublished")).isEqualTo(193L);
    assertThat(r.get("proactive.normativeDocuments.newlyPublished")).isEqualTo(1332L);
    assertThat(r.get("proactive.normativeDocuments.totalPublished")).isEqualTo(5442L);
    assertThat(r.get("proactive.administrativeLicensing.itemsLastYear")).isEqualTo(683L);
    assertThat(r.get("proactive.administrativeLicensing.itemsChange")).isEqualTo(-28L);
    assertThat(r.get("proactive.administrativeLicensing.decisions")).isEqualTo(5189052L);
    assertThat(r.get("proactive.otherManagementServices.itemsChange")).isEqualTo(-240L);
    assertThat(r.get("proactive.otherManagementServices.decisions")).isEqualTo(5159611L);
    assertThat(r.get("proactive.administrativePenalty.itemsChange")).isEqualTo(63L);
    assertThat(r.get("proactive.administrativePenalty.decisions")).isEqualTo(4053811L);
    assertThat(r.get("proactive.administrativeCoercion.itemsLastYear")).isEqualTo(191L);
    assertThat(r.get("proactive.administrativeCoercion.itemsChange")).isEqualTo(17L);
    assertThat(r.get("proactive.administrativeCoercion.decisions")).isEqualTo(72836L);
    assertThat(r.get("proactive.administrativeFees.itemsLastYear")).isEqualTo(36L);
    assertThat(r.get("proactive.administrativeFees.itemsChange")).isEqualTo(-5L);
    assertThat(r.get("proactive.centralizedProcurement.projects")).isEqualTo(23218L);
    assertThat(r.get("proactive.centralizedProcurement.amountWanYuan")).isEqualTo(3_700_000L);
    // section 三
    assertThat(r.get("requests.received.naturalPerson")).isEqualTo(5330L);
    assertThat(r.get("requests.received.commercialEnterprise")).isEqualTo(352L);
    assertThat(r.get("requests.received.otherOrganization")).isEqualTo(30L);
    assertThat(r.get("requests.received.total")).isEqualTo(5758L);
    assertThat(r.get("requests.carriedOverFromLastYear.total")).isEqualTo(173L);
    assertThat(r.get("requests.granted.total")).isEqualTo(3887L);
    assertThat(r.get("requests.partiallyGranted.publicWelfareOrganization")).isEqualTo(2L);
    assertThat(r.get("requests.withheld.stateSecret.naturalPerson")).isEqualTo(69L);
    assertThat(r.get("requests.withheld.prohibitedByLaw.commercialEnterprise")).isEqualTo(1L);
    assertThat(r.get("requests.withheld.threeSecurityOneStability.total")).isEqualTo(0L);
    assertThat(r.get("requests.withheld.processInformation.otherOrganization")).isEqualTo(1L);
    assertThat(r.get("requests.withheld.administrativeQuery.total")).isEqualTo(57L);
    assertThat(r.get("requests.unavailable.notHeld.total")).isEqualTo(1029L);
    assertThat(r.get("requests.unavailable.unclearAfterCorrection.naturalPerson")).isEqualTo(35L);
    assertThat(r.get("requests.notProcessed.petitionOrComplaint.total")).isEqualTo(114L);
    assertThat(r.get("requests.notProcessed.duplicate.commercialEnterprise")).isEqualTo(23L);
    assertThat(r.get("requests.notProcessed.confirmOrReissue.total")).isEqualTo(7L);
    assertThat(r.get("requests.other.legalServiceAgency")).isEqualTo(2L);
    assertThat(r.get("requests.other.total")).isEqualTo(27L);
    assertThat(r.get("requests.handledTotal.naturalPerson")).isEqualTo(5367L);
    assertThat(r.get("requests.handledTotal.total")).isEqualTo(5787L);
    assertThat(r.get("requests.carriedOverToNextYear.total")).isEqualTo(144L);
    assertThat(r.get("requests.carriedOverToNextYear.otherOrganization")).isEqualTo(1L);
    // section 四
    assertThat(r.get("appeals.reconsideration.upheld")).isEqualTo(155L);
    assertThat(r.get("appeals.reconsideration.total")).isEqualTo(386L);
    assertThat(r.get("appeals.litigationDirect.pending")).isEqualTo(102L);
    assertThat(r.get("appeals.litigationDirect.total")).isEqualTo(564L);
    assertThat(r.get("appeals.litigationAfterReconsideration.corrected")).isEqualTo(4L);
    assertThat(r.get("appeals.litigationAfterReconsideration.total")).isEqualTo(84L);
  }

  @Test
  void reportsTheBrokenBalanceOfAChangedNumber() {
    String broken = SeedReports.chongqing2020().replace("\t5758\n", "\t5759\n");
    Report r = parse(broken);
    assertThat(r.violations()).extracting(Violation::rule).contains("requests.balance", "requests.columnTotal");
    Violation balance = r.violations().stream().filter(v -> v.rule().equals("requests.balance")).findFirst().orElseThrow();
    assertThat(balance.cells()).contains("requests.received.total");
    assertThat(balance.expected()).isEqualTo(5759 + 173);
    assertThat(balance.found()).isEqualTo(5787 + 144);
    assertThat(balance.message()).contains("总计列");
    Violation column = r.violations().stream().filter(v -> v.rule().equals("requests.columnTotal")).findFirst().orElseThrow();
    assertThat(column.expected()).isEqualTo(5758);
    assertThat(column.found()).isEqualTo(5759);
  }

  @Test
  void reportsAWrongAppealTotal() {
    String broken = SeedReports.chongqing2020().replace("\t386\n", "\t385\n");
    Report r = parse(broken);
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("appeals.total");
      assertThat(v.expected()).isEqualTo(386);
      assertThat(v.found()).isEqualTo(385);
      assertThat(v.message()).contains("行政复议");
    });
  }

  @Test
  void readsTheSeedWrittenInGbk() {
    byte[] gbk = SeedReports.chongqing2020().getBytes(Charset.forName("GBK"));
    Report r = ReportParser.parse(ReportFiles.read(gbk, "report.txt"));
    assertThat(r.agencyName()).isEqualTo("重庆市");
    assertThat(r.get("requests.handledTotal.total")).isEqualTo(5787L);
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void readsFullWidthDigitsThousandsSeparatorsDashesAndUnits() {
    String text = SeedReports.chongqing2020()
        .replace("\t5189052\n", "\t５,１８９,０５２件\n")
        .replace("\t370亿元\n", "\t3,700,000万元\n")
        .replace("\t+63\n", "\t＋６３\n")
        .replace("\t155\n", "\t—\n");
    Report r = parse(text);
    assertThat(r.get("proactive.administrativeLicensing.decisions")).isEqualTo(5189052L);
    assertThat(r.get("proactive.centralizedProcurement.amountWanYuan")).isEqualTo(3_700_000L);
    assertThat(r.get("proactive.administrativePenalty.itemsChange")).isEqualTo(63L);
    assertThat(r.get("appeals.reconsideration.upheld")).isNull();
    assertThat(r.warnings()).anySatisfy(w -> {
      assertThat(w.cell()).isEqualTo("appeals.reconsideration.upheld");
      assertThat(w.message()).contains("结果维持").contains("—");
    });
    assertThat(r.violations()).isEmpty();
  }

  @Test
  void namesTheCellWithTextOrANegativeNumber() {
    String text = SeedReports.chongqing2020().replace("\t3603\n", "\t约三千\n").replace("\t222\n\t17\n", "\t222\n\t-17\n");
    Report r = parse(text);
    assertThat(r.get("requests.granted.naturalPerson")).isNull();
    assertThat(r.warnings()).anySatisfy(w -> {
      assertThat(w.cell()).isEqualTo("requests.granted.naturalPerson");
      assertThat(w.message()).contains("约三千").contains("不是数字");
    });
    assertThat(r.warnings()).anySatisfy(w -> {
      assertThat(w.cell()).isEqualTo("requests.partiallyGranted.commercialEnterprise");
      assertThat(w.message()).contains("负数");
    });
  }

  @Test
  void readsLabelsSplitOverLines() {
    String text = SeedReports.chongqing2020()
        .replace("\t5.要求行政机关确认或重新出具已获取信息\n", "\t5.要求行政机关确认或重新\n出具已获取信息\n")
        .replace("\t一、本年新收政府信息公开申请数量\n", "\t一、本年新收政府\n信息公开申请数量\n");
    Report r = parse(text);
    assertThat(r.get("requests.notProcessed.confirmOrReissue.total")).isEqualTo(7L);
    assertThat(r.get("requests.received.total")).isEqualTo(5758L);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void refusesARowWithAnExtraColumn() {
    String text = SeedReports.chongqing2020().replace("\t69\n\t0\n", "\t69\n\t0\n\t0\n");
    Report r = parse(text);
    assertThat(r.get("requests.withheld.stateSecret.naturalPerson")).isNull();
    assertThat(r.warnings()).anySatisfy(w -> {
      assertThat(w.cell()).isEqualTo("requests.withheld.stateSecret");
      assertThat(w.message()).contains("8 个数据").contains("7 列");
    });
  }

  @Test
  void readsRenumberedSectionsAndSaysWhichTableIsMissing() {
    String seed = SeedReports.chongqing2020();
    String withoutAppeals = seed.substring(0, seed.indexOf("[bookmark: _Toc16320]")) + seed.substring(seed.indexOf("五、存在的主要问题"));
    Report r = parse(withoutAppeals.replace("三、收到和处理政府信息公开申请情况", "（三）收到和处理政府信息公开申请情况"));
    assertThat(r.get("requests.received.total")).isEqualTo(5758L);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.cell()).isEqualTo("appeals"));
  }

  @Test
  void refusesTextWithoutAnyTable() {
    assertThatThrownBy(() -> parse("重庆市2020年政府信息公开工作年度报告\n一、总体情况\n无。\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("未在文件中找到年度报告的表格");
    assertThatThrownBy(() -> ReportFiles.read(new byte[0], "x.txt")).hasMessageContaining("空");
  }

  @Test
  void refusesAZipBombDocx() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 100; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(1_000_000);
    assertThatThrownBy(() -> ReportFiles.read(out.toByteArray(), "bomb.docx"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("压缩炸弹");
  }

  @Test
  void refusesAFileOverTheLimit() {
    byte[] big = new byte[50 * 1024 * 1024];
    assertThatThrownBy(() -> ReportFiles.read(big, "big.txt")).isInstanceOf(ReportFiles.TooLargeException.class)
        .hasMessageContaining("20 MB");
  }

  @Test
  void readsAmountsInYuanAndDetectsThe2021FormatFromItsHeadings() {
    String text = String.join("\n", List.of(
        "某某区2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项",
        "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0", "行政规范性文件", "12", "3", "40",
        "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "12.5",
        "三、收到和处理政府信息公开申请情况"));
    Report r = parse(text);
    assertThat(r.format()).isEqualTo(ReportFormat.F2021);
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.agencyName()).isEqualTo("某某区");
    assertThat(r.get("proactive.normativeDocuments.inForce")).isEqualTo(40L);
    assertThat(r.get("proactive.administrativeFees.amountWanYuan")).isEqualTo(new BigDecimal("12.5"));
  }
}
