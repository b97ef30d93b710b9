package org.gongkai.search;

import java.time.LocalDate;

/**
 * What the index holds of one published item.
 *
 * @param id the catalog item id
 * @param indexNumber 索引号 (e.g. 631526076/2020-00012)
 * @param body plain text of the body and of the attachments
 * @param agencyPath the publishing agency's path ('/500000/500101/'), for subtree filters
 * @param category the Art. 20 category key the item discloses
 * @param subject 主题分类
 * @param genre 体裁分类
 * @param documentNumber 文号, e.g. 渝府发〔2020〕12号
 * @param validity IN_FORCE, EXPIRED, REPEALED, AMENDED, or null for items without validity
 * @param published whether the item is publicly visible now; withdrawn or unpublished items are
 *     removed from the index
 */
public record SearchDocument(
    long id,
    String indexNumber,
    String title,
    String body,
    String agencyCode,
    String agencyPath,
    String agencyName,
    String category,
    String subject,
    String genre,
    String documentNumber,
    String validity,
    LocalDate writtenOn,
    LocalDate publishedOn,
    boolean published) {}
