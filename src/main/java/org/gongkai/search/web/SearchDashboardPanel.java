package org.gongkai.search.web;

import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.backoffice.DashboardPanel;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.search.internal.SearchMaintenance;
import org.springframework.stereotype.Component;

/** The index's state on the administrator's dashboard, with the link to its page. */
@Component
class SearchDashboardPanel implements DashboardPanel {

  private final AccessPolicy access;
  private final SearchMaintenance maintenance;

  SearchDashboardPanel(AccessPolicy access, SearchMaintenance maintenance) {
    this.access = access;
    this.maintenance = maintenance;
  }

  @Override
  public View render(Agency scope) {
    if (!access.isAdmin()) {
      return null;
    }
    return new View("全文检索索引", "search/admin", "panel", Map.of("status", maintenance.status()));
  }
}
