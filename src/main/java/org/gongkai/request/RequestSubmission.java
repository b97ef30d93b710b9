package org.gongkai.request;

/**
 * An application as the applicant (or the API caller) wrote it, all fields as text; the field names
 * are those of the JSON API so errors name them.
 */
public record RequestSubmission(
    String agencyCode,
    String applicantType,
    String name,
    String idType,
    String idNumber,
    String creditCode,
    String legalRepresentative,
    String contactName,
    String phone,
    String email,
    String address,
    String description,
    String format,
    String delivery) {}
