package org.gongkai.shared;

/**
 * A menu entry a module adds to the portal's or the back office's navigation, so the layouts need
 * not know the modules. Declare one as a bean.
 *
 * @param area where the link goes
 * @param key marks the entry active when a page sets the model attribute {@code nav} to it
 */
public record NavigationLink(Area area, String key, String label, String href, int order) {

  /** The two navigation bars. */
  public enum Area {
    PORTAL,
    ADMIN
  }
}
