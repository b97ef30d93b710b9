package org.gongkai.search;

import java.time.LocalDate;

/**
 * One matching item.
 *
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <em>}
 * @param snippet a passage of the body, HTML-escaped, with the matched words in {@code <em>}
 */
public record SearchHit(
    long id,
    String indexNumber,
    String title,
    String titleHtml,
    String agencyCode,
    String agencyName,
    String category,
    String subject,
    String genre,
    String documentNumber,
    String validity,
    LocalDate publishedOn,
    String snippet,
    float score) {}
