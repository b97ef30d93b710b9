package org.gongkai.request;

import java.time.LocalDate;

/**
 * One entry of a request's append-only history: what happened, on which (legal) day.
 *
 * @param type a past-tense name, e.g. {@code CorrectionRequested}
 * @param on the day the step took legal effect (may precede the moment it was entered)
 */
public record RequestEvent(String type, LocalDate on, String summary) {}
