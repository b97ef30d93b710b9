package org.gongkai.backoffice;

import java.util.Map;
import org.gongkai.agency.Agency;

/**
 * A panel a module adds to the staff dashboard (e.g. requests near their deadline). Declare one as
 * a bean; return null from {@link #render} to show nothing.
 */
public interface DashboardPanel {

  /** The panel for the signed-in member of staff, whose reach starts at {@code scope}. */
  View render(Agency scope);

  /** A Thymeleaf fragment and its model. */
  record View(String title, String template, String fragment, Map<String, Object> model) {}
}
