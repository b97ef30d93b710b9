package org.gongkai.request;

import java.time.LocalDate;

/**
 * What the applicant receives on submission. {@code queryCode} is shown once and stored only as a hash.
 */
public record Receipt(String trackingNumber, String queryCode, LocalDate receivedOn, LocalDate dueDate, String dueExplanation) {}
