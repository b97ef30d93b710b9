package org.gongkai.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.backoffice.DashboardPanel;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.report.ReportDeadlines;
import org.gongkai.report.ReportStatus;
import org.gongkai.report.workflow.AnnualReportWorkflow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * For a supervising office: the agencies of its area that have not yet submitted last year's report,
 * with the statutory date (部门 31 January, 政府 31 March) and whether it has passed.
 */
@Component
class PendingReportsPanel implements DashboardPanel {

  private static final int SHOWN = 20;

  private final Agencies agencies;
  private final AnnualReportWorkflow workflow;
  private final Clock clock;
  private final AccessPolicy access;

  PendingReportsPanel(Agencies agencies, AnnualReportWorkflow workflow, ObjectProvider<Clock> clock, AccessPolicy access) {
    this.agencies = agencies;
    this.workflow = workflow;
    this.access = access;
    this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
  }

  /** An agency whose report is missing. */
  record Pending(String code, String name, String status, LocalDate deadline, boolean late) {}

  @Override
  public View render(Agency scope) {
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear() - 1;
    List<Agency> area = agencies.tree().subtree(scope.code());
    Map<String, ReportStatus> statuses = workflow.statuses(year);
    List<Pending> pending = new ArrayList<>();
    int done = 0;
    for (Agency a : area) {
      ReportStatus s = statuses.get(a.code());
      if (s == ReportStatus.SUBMITTED || s == ReportStatus.PUBLISHED) {
        done++;
        continue;
      }
      LocalDate deadline = ReportDeadlines.deadline(a, year);
      pending.add(new Pending(a.code(), a.name(), s == null ? "未建立" : s.label(), deadline, today.isAfter(deadline)));
    }
    pending.sort((x, y) -> x.late() != y.late() ? (x.late() ? -1 : 1) : x.deadline().compareTo(y.deadline()));
    long late = pending.stream().filter(Pending::late).count();
    Map<String, Object> model = new HashMap<>(Map.of(
        "year", year, "total", area.size(), "done", done, "pendingCount", pending.size(), "late", late,
        "pending", pending.subList(0, Math.min(SHOWN, pending.size()))));
    // the supervisor compares the agencies below it (null: nothing to compare)
    model.put("compareCode", ComparisonController.canCompareBelow(agencies, access, scope.code()) ? scope.code() : null);
    return new View(year + "年度政府信息公开工作年度报告报送情况", "report/panel", "pending", model);
  }
}
