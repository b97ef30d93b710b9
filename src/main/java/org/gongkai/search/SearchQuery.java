package org.gongkai.search;

import java.time.LocalDate;

/**
 * One search: free text and filters. Null or blank values mean "no filter".
 *
 * @param text what the user typed; quoted parts are phrases, any other syntax is plain text
 * @param agency an agency code: the agency and its whole subtree
 * @param category the Art. 20 category key
 * @param subject 主题分类
 * @param genre 体裁分类
 * @param from first publication date, inclusive
 * @param to last publication date, inclusive
 * @param validity IN_FORCE, EXPIRED, REPEALED or AMENDED
 * @param documentNumber 文号 or its beginning, in any bracket style
 * @param page 1-based page number
 * @param size hits per page
 * @param facets whether to count facets over all matches
 */
public record SearchQuery(
    String text,
    String agency,
    String category,
    String subject,
    String genre,
    LocalDate from,
    LocalDate to,
    String validity,
    String documentNumber,
    Sort sort,
    int page,
    int size,
    boolean facets) {

  /** Largest page size. */
  public static final int MAX_SIZE = 50;

  /** How deep paging may go (page × size). */
  public static final int MAX_DEPTH = 10_000;

  public SearchQuery {
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(1, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
    if ((long) page * size > MAX_DEPTH) {
      page = MAX_DEPTH / size;
    }
  }

  /** A plain text search, first page of ten, no facets. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 1, 10, false);
  }

  public SearchQuery withAgency(String code) {
    return new SearchQuery(text, code, category, subject, genre, from, to, validity, documentNumber, sort, page, size, facets);
  }

  public SearchQuery withFacets() {
    return new SearchQuery(text, agency, category, subject, genre, from, to, validity, documentNumber, sort, page, size, true);
  }

  public SearchQuery withSort(Sort newSort) {
    return new SearchQuery(text, agency, category, subject, genre, from, to, validity, documentNumber, newSort, page, size, facets);
  }

  public SearchQuery withDocumentNumber(String number) {
    return new SearchQuery(text, agency, category, subject, genre, from, to, validity, number, sort, page, size, facets);
  }

  public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchQuery(text, agency, category, subject, genre, newFrom, newTo, validity, documentNumber, sort, page, size, facets);
  }

  public SearchQuery withCategory(String newCategory, String newSubject, String newGenre, String newValidity) {
    return new SearchQuery(text, agency, newCategory, newSubject, newGenre, from, to, newValidity, documentNumber, sort, page, size, facets);
  }

  public SearchQuery withPage(int newPage, int newSize) {
    return new SearchQuery(text, agency, category, subject, genre, from, to, validity, documentNumber, sort, newPage, newSize, facets);
  }

  /** Order of the hits. */
  public enum Sort {
    /** Best match first, newer first among equals. */
    RELEVANCE,
    /** Newest publication date first. */
    DATE
  }
}
