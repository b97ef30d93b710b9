package org.gongkai.request.web;

import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.backoffice.DashboardPanel;
import org.gongkai.request.RequestQueue;
import org.springframework.stereotype.Component;

/** The dashboard panel: requests near (≤ 5 working days) or past their deadline in the user's reach. */
@Component
class DeadlinePanel implements DashboardPanel {

  private final RequestQueue queue;

  DeadlinePanel(RequestQueue queue) {
    this.queue = queue;
  }

  @Override
  public View render(Agency scope) {
    RequestQueue.Page page = queue.urgent(scope.code(), 10);
    return new View("依申请公开：临近或超过答复期限（" + page.total() + " 件）", "request/panel", "urgent",
        Map.of("urgent", page));
  }
}
