package org.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a request's history as the request page shows it; actor null = the applicant or the system. */
public record HistoryEntry(Instant occurredAt, LocalDate on, String actor, String type, String summary) {}
