package org.gongkai.agency;

/** An agency to add to the tree under {@code parentCode} (null for the root). */
public record NewAgency(
    String code, String parentCode, AgencyKind kind, AgencyLevel level, int sortOrder, AgencyDetails details) {}
