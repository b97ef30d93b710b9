package org.gongkai.request;

import org.gongkai.calendar.WorkingDayCalendarChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Recomputes the deadlines of all open requests once a calendar change is committed. */
@Component
class CalendarChangeListener {

  private final DisclosureRequests requests;

  CalendarChangeListener(DisclosureRequests requests) {
    this.requests = requests;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(WorkingDayCalendarChanged event) {
    requests.recomputeOpenDeadlines(event.description());
  }
}
