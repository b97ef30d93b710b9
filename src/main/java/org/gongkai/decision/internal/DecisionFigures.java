package org.gongkai.decision.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.report.FigureSet;
import org.gongkai.report.FigureTally;
import org.gongkai.report.ProactiveFigures;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.WithLastYear;
import org.springframework.stereotype.Component;

/**
 * Section 二 figures of power lists, decisions, fees and procurement, agency by agency:
 *
 * <ul>
 *   <li><b>上一年项目数量 / 本年增/减</b>: from the agency's power lists (the count of the previous
 *       year's list, and this year's count minus it) when the agency keeps a list here for either
 *       year; otherwise from its approved filing. Never both for one agency.
 *   <li><b>处理决定数量</b>: the decisions kept here that were made in the year (withdrawn ones
 *       included) <em>plus</em> the approved filed count, which by definition covers only the
 *       decisions <em>not</em> uploaded here (the form says 未在本平台上传的处理决定数量). So an
 *       agency that uploads some records and files the rest is counted once.
 *   <li><b>收费金额, 政府集中采购</b>: approved filings only.
 * </ul>
 *
 * Each cell's source is {@code records}, {@code filed} or {@code mixed} (some agencies one, some the
 * other, or one agency both).
 */
@Component
public class DecisionFigures implements ProactiveFigures {

  private static final List<PowerItemKind> LIST_KINDS =
      List.of(PowerItemKind.LICENSING, PowerItemKind.OTHER_MANAGEMENT_SERVICE, PowerItemKind.PENALTY, PowerItemKind.COERCION, PowerItemKind.FEE);
  private static final List<PowerItemKind> DECISION_KINDS =
      List.of(PowerItemKind.LICENSING, PowerItemKind.OTHER_MANAGEMENT_SERVICE, PowerItemKind.PENALTY, PowerItemKind.COERCION);

  private final PowerLists lists;
  private final Decisions decisions;
  private final FiledStatistics filed;

  DecisionFigures(PowerLists lists, Decisions decisions, FiledStatistics filed) {
    this.lists = lists;
    this.decisions = decisions;
    this.filed = filed;
  }

  @Override
  public FigureSet proactive(Set<String> agencyCodes, int year, ReportFormat format) {
    return together(agencyCodes, year, format);
  }

  /**
   * The year's figures and last year's items on the lists (2019 format), with the lists of the three
   * years counted in one query; last year's decisions and filed flows are not counted again.
   */
  @Override
  public WithLastYear proactiveWithLastYear(Set<String> agencyCodes, int year, ReportFormat format, ReportFormat lastYearFormat) {
    Map<Integer, Map<String, Map<PowerItemKind, Long>>> listed = agencyCodes.isEmpty()
        || (format != ReportFormat.F2019 && lastYearFormat != ReportFormat.F2019)
        ? Map.of() : lists.counts(agencyCodes, year - 2, year);
    Cells now = new Cells();
    count(agencyCodes, year, format, false, null, now, listed);
    Cells last = new Cells();
    count(agencyCodes, year - 1, lastYearFormat, true, null, last, listed);
    return new WithLastYear(now.toFigureSet("records"), last.toFigureSet("records"));
  }

  /** The agencies' figures added up in one {@link Cells}; a cell without any part counts as from the records. */
  private FigureSet together(Set<String> agencyCodes, int year, ReportFormat format) {
    Cells cells = new Cells();
    count(agencyCodes, year, format, false, null, cells, null);
    return cells.toFigureSet("records");
  }

  /**
   * Every agency's figures, with one grouped query per source however many agencies. With
   * {@code stockOnly} the decisions of the year (the costly count) and the filed flows are left out:
   * only the items on the lists.
   */
  @Override
  public Map<String, FigureSet> proactiveEach(Set<String> agencyCodes, int year, ReportFormat format, boolean stockOnly) {
    Map<String, Cells> each = new LinkedHashMap<>();
    agencyCodes.forEach(code -> each.put(code, new Cells()));
    count(agencyCodes, year, format, stockOnly, each, null, null);
    Map<String, FigureSet> out = new LinkedHashMap<>();
    each.forEach((code, cells) -> out.put(code, cells.toFigureSet(null)));
    return out;
  }

  /**
   * Adds each agency's figures into its cells in {@code each}, or all into {@code together}. The
   * decisions kept here are counted per agency only for {@code each}: added up, records and filings
   * give the same sums and sources (records, filed, mixed) either way.
   *
   * @param listed the list counts by year if already counted (for the year and the year before), or null
   */
  private void count(Set<String> agencyCodes, int year, ReportFormat format, boolean stockOnly, Map<String, Cells> each,
      Cells together, Map<Integer, Map<String, Map<PowerItemKind, Long>>> listed) {
    if (agencyCodes.isEmpty() || (stockOnly && format != ReportFormat.F2019)) {
      return;
    }
    List<PowerItemKind> decisionKinds = format == ReportFormat.F2019 ? DECISION_KINDS
        : List.of(PowerItemKind.LICENSING, PowerItemKind.PENALTY, PowerItemKind.COERCION);
    Map<String, Map<String, BigDecimal>> filings = filed.approved(agencyCodes, year);
    Map<String, Map<PowerItemKind, Long>> records = stockOnly ? Map.of() : decisions.counts(agencyCodes, year, each != null);
    if (listed == null) {
      listed = format == ReportFormat.F2019 ? lists.counts(agencyCodes, year - 1, year) : Map.of();
    }
    Map<String, Map<PowerItemKind, Long>> now = listed.getOrDefault(year, Map.of());
    Map<String, Map<PowerItemKind, Long>> before = listed.getOrDefault(year - 1, Map.of());
    for (String agency : agencyCodes) {
      Cells cells = each != null ? each.get(agency) : together;
      Map<String, BigDecimal> f = filings.getOrDefault(agency, Map.of());
      if (format == ReportFormat.F2019) {
        boolean hasList = now.containsKey(agency) || before.containsKey(agency);
        for (PowerItemKind kind : LIST_KINDS) {
          String last = kind.reportKey() + ".itemsLastYear";
          String change = kind.reportKey() + ".itemsChange";
          if (hasList) {
            long prev = before.getOrDefault(agency, Map.of()).getOrDefault(kind, 0L);
            long cur = now.getOrDefault(agency, Map.of()).getOrDefault(kind, 0L);
            cells.add(last, prev, "records");
            cells.add(change, cur - prev, "records");
          } else {
            cells.addFiled(last, f.get(last));
            cells.addFiled(change, f.get(change));
          }
        }
        if (!stockOnly) {
          addDecisions(cells, records.getOrDefault(agency, Map.of()), f, decisionKinds);
          cells.addFiled("centralizedProcurement.projects", f.get("centralizedProcurement.projects"));
          cells.addFiled("centralizedProcurement.amountWanYuan", f.get("centralizedProcurement.amountWanYuan"));
        }
      } else {
        addDecisions(cells, records.getOrDefault(agency, Map.of()), f, decisionKinds);
        cells.addFiled("administrativeFees.amountWanYuan", f.get("administrativeFees.amountWanYuan"));
      }
    }
    if (each == null && !stockOnly) {
      addDecisions(together, records.getOrDefault(FigureTally.ALL, Map.of()), Map.of(), decisionKinds);
    }
  }

  /** The decisions kept here plus the filed count of those not uploaded here, for one agency. */
  private static void addDecisions(Cells cells, Map<PowerItemKind, Long> kept, Map<String, BigDecimal> filings,
      List<PowerItemKind> kinds) {
    for (PowerItemKind kind : kinds) {
      String key = kind.reportKey() + ".decisions";
      cells.declare(key);
      long n = kept.getOrDefault(kind, 0L);
      if (n > 0) {
        cells.add(key, n, "records");
      }
      cells.addFiled(key, filings.get(key));
    }
  }

  /** Sums per cell and remembers where the parts came from. */
  private static final class Cells {

    /** One cell: counts as a long, filed amounts (万元, or counts filed as decimals) as a BigDecimal. */
    private static final class Cell {
      final boolean decimal;
      long count;
      BigDecimal amount;
      String source;

      Cell(boolean decimal) {
        this.decimal = decimal;
      }

      void from(String s) {
        source = source == null || source.equals(s) ? s : "mixed";
      }
    }

    private final Map<String, Cell> cells = new LinkedHashMap<>();

    private Cell cell(String key) {
      Cell c = cells.get(key);
      if (c == null) {
        c = new Cell(key.endsWith("WanYuan"));
        cells.put(key, c);
      }
      return c;
    }

    void declare(String key) {
      cell(key);
    }

    void add(String key, long value, String source) {
      Cell c = cell(key);
      c.count += value;
      c.from(source);
    }

    void addFiled(String key, BigDecimal value) {
      Cell c = cell(key);
      if (value != null) {
        c.amount = c.amount == null ? value : c.amount.add(value);
        c.from("filed");
      }
    }

    /** The cells; a cell nobody added to gets the source {@code unset} (none if null). */
    FigureSet toFigureSet(String unset) {
      Map<String, Number> out = new LinkedHashMap<>();
      Map<String, String> src = new LinkedHashMap<>();
      cells.forEach((k, c) -> {
        BigDecimal sum = c.amount == null ? BigDecimal.valueOf(c.count) : c.amount.add(BigDecimal.valueOf(c.count));
        out.put("proactive." + k, c.decimal ? sum.stripTrailingZeros() : (Number) sum.longValueExact());
        String source = c.source != null ? c.source : unset;
        if (source != null) {
          src.put("proactive." + k, source);
        }
      });
      return new FigureSet(out, src);
    }
  }
}
