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
   * The year's figures and last year's — of which only {@code carriedOverToNextYear} is needed (the
   * cross-check of 上年结转). A provider answers both from one scan where it can. By default two
   * {@link #requests} calls.
   *
   * @param lastYearFormat the format of last year's report
   */
  default WithLastYear requestsWithLastYear(Set<String> agencyCodes, int year, ReportFormat format,
      ReportFormat lastYearFormat) {
    return new WithLastYear(requests(agencyCodes, year, format), requests(agencyCodes, year - 1, lastYearFormat));
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
