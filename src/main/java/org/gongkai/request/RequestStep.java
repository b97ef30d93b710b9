package org.gongkai.request;

import java.time.LocalDate;

/** A handling step a member of staff takes on a request; each maps to one transition. */
public sealed interface RequestStep {

  /** The day the step takes legal effect; never in the future. */
  LocalDate on();

  /** Performs the transition on the request. */
  void applyTo(DisclosureRequest r, StatutoryClock clock);

  /** Short name for the audit log. */
  default String action() {
    return "REQUEST_" + getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
  }

  record StartReview(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.startReview(on);
    }
  }

  record RequestCorrection(LocalDate on, String items, LocalDate dueOn) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.requestCorrection(on, items,
          dueOn == null && on != null ? clock.addWorkingDays(on, StatutoryClock.DEFAULT_CORRECTION_PERIOD_DAYS) : dueOn, clock);
    }
  }

  record ReceiveCorrection(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.receiveCorrection(on);
    }
  }

  record Abandon(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.abandon(on);
    }
  }

  record Consult(LocalDate on, Pause.Kind kind, String party) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.consult(kind, on, party, clock);
    }
  }

  record EndConsultation(LocalDate on, String result) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.endConsultation(on, result);
    }
  }

  record Extend(LocalDate on, int days, String approvedBy, boolean applicantInformed, String reason) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.extend(on, days, approvedBy, applicantInformed, reason);
    }
  }

  record NotifyFee(LocalDate on, long amountYuan, String basis) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.notifyFee(on, amountYuan, basis, clock);
    }
  }

  record FeePaid(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.feePaid(on);
    }
  }

  record FeeUnpaid(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.feeUnpaid(on);
    }
  }

  record Reply(LocalDate on, ReplyOutcome outcome, String note) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.reply(on, outcome, note);
    }
  }

  record Deliver(LocalDate on) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.deliver(on);
    }
  }

  record Withdraw(LocalDate on, String reason) implements RequestStep {
    public void applyTo(DisclosureRequest r, StatutoryClock clock) {
      r.withdraw(on, reason);
    }
  }
}
