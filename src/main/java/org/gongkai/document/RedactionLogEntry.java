package org.gongkai.document;

/**
 * One withheld item. Never holds the withheld text itself, only its length and a masked form.
 *
 * @param location 第2页 (PDF) or 正文第5段 / 页眉 / 表格 (Word)
 * @param kind what was withheld: a {@link PersonalDataKind#label()}, {@value #LITERAL} or
 *     {@value #REGION}
 * @param length number of characters removed
 * @param reason the reason from the {@link RedactionSpec}
 * @param masked the removed text with its middle hidden, e.g. 5001**********1234, 张**
 */
public record RedactionLogEntry(String location, String kind, int length, String reason, String masked) {

  /** Kind of an entry for a literal text of the spec. */
  public static final String LITERAL = "指定内容";

  /** Kind of an entry for a region of the spec. */
  public static final String REGION = "指定区域";
}
