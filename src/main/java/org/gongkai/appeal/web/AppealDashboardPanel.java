package org.gongkai.appeal.web;

import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.AppealCases;
import org.gongkai.appeal.CaseQuery;
import org.gongkai.appeal.CaseResult;
import org.gongkai.appeal.ComplaintQuery;
import org.gongkai.appeal.ComplaintState;
import org.gongkai.appeal.Complaints;
import org.gongkai.backoffice.DashboardPanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The staff dashboard's panel: undecided cases and complaints still being worked, within reach. */
@Component
@Order(60)
class AppealDashboardPanel implements DashboardPanel {

  private final AppealCases cases;
  private final Complaints complaints;

  AppealDashboardPanel(AppealCases cases, Complaints complaints) {
    this.cases = cases;
    this.complaints = complaints;
  }

  @Override
  public View render(Agency scope) {
    long pending = cases.search(new CaseQuery(null, null, null, CaseResult.PENDING, 0, 1)).total();
    long received = complaints.search(new ComplaintQuery(null, null, ComplaintState.RECEIVED, 0, 1)).total();
    long investigating = complaints.search(new ComplaintQuery(null, null, ComplaintState.UNDER_INVESTIGATION, 0, 1)).total();
    return new View("复议诉讼与投诉举报", "appeal/panel", "panel",
        Map.of("pending", pending, "received", received, "investigating", investigating));
  }
}
