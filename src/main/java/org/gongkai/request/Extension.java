package org.gongkai.request;

import java.time.LocalDate;

/**
 * 延期答复 (第三十三条第二款): at most 20 working days, approved by the head of the disclosure office,
 * the applicant told.
 *
 * @param approvedBy the name of the 政府信息公开工作机构负责人 who approved
 */
public record Extension(int days, String approvedBy, LocalDate decidedOn, String reason) {}
