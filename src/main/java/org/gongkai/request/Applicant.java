package org.gongkai.request;

/**
 * 申请人 (第二十九条第一项): a natural person with an identity document, or an organisation with its
 * 统一社会信用代码.
 */
public record Applicant(
    ApplicantType type,
    String name,
    IdType idType,
    String idNumber,
    String creditCode,
    String legalRepresentative,
    String contactName,
    String phone,
    String email,
    String address) {

  /** The identity number masked for lists: the first 3 and last 4 characters kept. */
  public String maskedIdNumber() {
    return mask(type.isOrganisation() ? creditCode : idNumber);
  }

  public static String mask(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    if (value.length() <= 7) {
      return "*".repeat(value.length());
    }
    return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
  }

  /** The name masked for public pages: 张** . */
  public String maskedName() {
    if (name == null || name.isEmpty()) {
      return "";
    }
    return type.isOrganisation() ? name : name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
  }
}
