package org.gongkai.report;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /** The figures of the agencies together (the scope, already expanded to its agency codes). */
  FigureSet requests(Set<String> agencyCodes, int year, ReportFormat format);

  /**
   * At least the requests still open at the end of the year ({@code carriedOverToNextYear}) — what
   * last year's report contributes to the cross-checks; a provider may leave out the other rows. By
   * default all figures.
   */
  default FigureSet requestsStock(Set<String> agencyCodes, int year, ReportFormat format) {
    return requests(agencyCodes, year, format);
  }

  /**
   * Each agency's own figures, for many agencies at once (every agency's report, comparisons):
   * agency code → figures, an entry for every code. By default one {@link #requests} call per
   * agency; a provider answers with one set-based query.
   */
  default Map<String, FigureSet> requestsEach(Set<String> agencyCodes, int year, ReportFormat format) {
    Map<String, FigureSet> each = new LinkedHashMap<>();
    agencyCodes.forEach(code -> each.put(code, requests(Set.of(code), year, format)));
    return each;
  }
}
