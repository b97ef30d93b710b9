package org.gongkai.catalog.web;

import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.backoffice.DashboardPanel;
import org.gongkai.catalog.internal.CatalogQueries;
import org.springframework.stereotype.Component;

/** The catalog's panel on the staff dashboard: items by workflow state in the user's reach. */
@Component
class CatalogDashboardPanel implements DashboardPanel {

  private final CatalogQueries queries;

  CatalogDashboardPanel(CatalogQueries queries) {
    this.queries = queries;
  }

  @Override
  public View render(Agency scope) {
    return new View("政府信息（主动公开）", "catalog/admin-panel", "panel", Map.of("counts", queries.countsByState(scope.path())));
  }
}
