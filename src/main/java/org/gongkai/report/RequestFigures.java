package org.gongkai.report;

import java.util.Set;

/**
 * Section 三 (依申请公开) figures, provided by the request module: for each of the six applicant
 * columns ({@code naturalPerson, commercialEnterprise, researchInstitution,
 * publicWelfareOrganization, legalServiceAgency, otherOrganization}) the rows {@code received},
 * {@code carriedOverFromLastYear}, every outcome row of the format and {@code carriedOverToNextYear}.
 * The report computes the {@code total} column and the {@code handledTotal} row itself, and checks
 * the balance.
 */
public interface RequestFigures {

  FigureSet requests(Set<String> agencyCodes, int year, ReportFormat format);
}
