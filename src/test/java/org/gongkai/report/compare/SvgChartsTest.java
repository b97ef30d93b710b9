package org.gongkai.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gongkai.report.compare.SvgCharts.BarRow;
import org.gongkai.report.compare.SvgCharts.Series;
import org.gongkai.report.compare.SvgCharts.StackRow;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

  static final Series BLUE = new Series("新收申请", SvgCharts.BLUE);

  @Test
  void barsScaleToTheLongestAndEscapeTheLabels() {
    String svg = SvgCharts.bars("图<1>", List.of(BLUE), List.of(
        new BarRow("甲局 & <乙>", List.of(200.0), List.of("200")),
        new BarRow("丙局", List.of(50.0), List.of("50")),
        new BarRow("丁局", Arrays.asList((Double) null), List.of("无审结案件"))));
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
    assertThat(svg).contains("aria-label=\"图&lt;1&gt;\"", "甲局 &amp; &lt;乙&gt;", "无审结案件");
    assertThat(svg).doesNotContain("<乙>");
    assertThat(svg).contains("width=\"78.00%\"", "width=\"19.50%\"");
    assertThat(svg).as("no viewBox: text keeps its size on a phone").doesNotContain("viewBox");
  }

  @Test
  void stackedBarsShowSharesOfTheirSum() {
    String svg = SvgCharts.stacked("构成", ComparisonCharts.OUTCOME_SERIES, List.of(
        new StackRow("2020年", List.of(3L, 1L, 0L, 0L, 0L, 0L)),
        new StackRow("2023年", List.of(0L, 0L, 0L, 0L, 0L, 0L))));
    assertThat(svg).contains("width=\"75.00%\"", "x=\"75.00%\"", "width=\"25.00%\"", ">75.0%<", "2020年（4件）", "无办结的申请");
  }

  @Test
  void columnsLeaveAGapForAMissingYear() {
    String svg = SvgCharts.columns("新收", BLUE, List.of("2019", "2020", "2021"), Arrays.asList(7478.0, null, 5484.0),
        List.of("7,478", "—", "5,484"));
    assertThat(svg).contains(">7,478<", ">—<", ">2021<");
    assertThat(svg.split("<rect").length - 1).isEqualTo(2);
  }

  @Test
  void largeFiguresAreWrittenInWanAndYi() {
    assertThat(SvgCharts.compact(5758)).isEqualTo("5,758");
    assertThat(SvgCharts.compact(5_189_052)).isEqualTo("518.9万");
    assertThat(SvgCharts.compact(120_000)).isEqualTo("12万");
    assertThat(SvgCharts.compact(230_000_000)).isEqualTo("2.3亿");
    assertThat(SvgCharts.niceStep(1870)).isEqualTo(2000);
  }
}
