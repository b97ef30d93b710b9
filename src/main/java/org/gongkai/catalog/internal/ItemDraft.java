package org.gongkai.catalog.internal;

import java.time.LocalDate;
import org.gongkai.catalog.Validity;

/**
 * What a clerk enters for an item (the command behind the form, the import row and the demo).
 *
 * @param subject 主题分类 code or label
 * @param genre 体裁分类 code or label
 * @param category Art. 20 category key
 * @param body rich text (HTML), cleaned before it is stored
 * @param interpretsId for 政策解读: the document it interprets
 */
public record ItemDraft(
    String agencyCode,
    String title,
    String documentNumber,
    LocalDate writtenOn,
    String subject,
    String genre,
    String category,
    String body,
    Validity validity,
    boolean needsInterpretation,
    Long interpretsId,
    String sourceId) {}
