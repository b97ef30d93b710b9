package org.gongkai.catalog.internal;

import java.time.LocalDate;
import org.gongkai.calendar.Calendars;
import org.springframework.stereotype.Component;

/**
 * 条例第二十六条: proactive information is to be published within 20 working days of being made or
 * changed. Derived from 成文日期 and 发布日期 with the working-day calendar, never stored.
 */
@Component
public class Timeliness {

  public static final int LIMIT_WORKING_DAYS = 20;

  private final Calendars calendars;

  Timeliness(Calendars calendars) {
    this.calendars = calendars;
  }

  /** The verdict for an item made on {@code writtenOn} and published (or still unpublished) on {@code publishedOn}. */
  public Verdict of(LocalDate writtenOn, LocalDate publishedOn) {
    if (writtenOn == null) {
      return new Verdict(0, false, false);
    }
    LocalDate until = publishedOn == null ? LocalDate.now(Publication.CHINA) : publishedOn;
    int days = calendars.current().workingDaysBetween(writtenOn, until);
    return new Verdict(days, days > LIMIT_WORKING_DAYS, publishedOn != null);
  }

  /**
   * @param workingDays working days from 成文日期 to 发布日期 (or to today if not yet published)
   * @param late more than 20 working days
   */
  public record Verdict(int workingDays, boolean late, boolean published) {
    public String label() {
      if (!late) {
        return published ? "按时公开（" + workingDays + "个工作日）" : "";
      }
      return published ? "超期公开：成文后第" + workingDays + "个工作日才发布（应在20个工作日内）"
          : "已超过20个工作日仍未公开（已" + workingDays + "个工作日）";
    }
  }
}
