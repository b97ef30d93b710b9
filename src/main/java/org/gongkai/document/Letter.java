package org.gongkai.document;

import java.time.LocalDate;
import java.util.List;

/**
 * An official letter (公文 in letter form), e.g. a reply to a disclosure request.
 *
 * @param agencyName the issuing agency, e.g. 重庆市教育委员会 (printed above the title unless the
 *     title already begins with it)
 * @param title e.g. 政府信息公开申请答复书
 * @param documentNumber 发文字号, e.g. 渝教委依申复〔2026〕12号; may be null
 * @param recipient e.g. 张三 (the letter prints "张三：")
 * @param paragraphs body paragraphs, each indented two characters
 * @param signature e.g. 重庆市教育委员会 (署名), right-aligned
 * @param date 成文日期, printed as 2026年3月16日
 */
public record Letter(
    String agencyName,
    String title,
    String documentNumber,
    String recipient,
    List<String> paragraphs,
    String signature,
    LocalDate date) {

  public Letter {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }

  /** 2026年3月16日: Arabic numerals, no leading zeros (GB/T 9704-2012). */
  public String dateText() {
    return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** The recipient line with the full-width colon, e.g. 张三：. */
  public String salutation() {
    if (recipient == null || recipient.isBlank()) {
      return "";
    }
    String r = recipient.strip();
    return r.endsWith("：") || r.endsWith(":") ? r.substring(0, r.length() - 1) + "：" : r + "：";
  }

  /** Whether the agency name is printed as its own line above the title. */
  public boolean showsAgencyLine() {
    return agencyName != null
        && !agencyName.isBlank()
        && (title == null || !title.strip().startsWith(agencyName.strip()));
  }
}
