package org.gongkai.request;

/** 申请人情况: the six applicant columns of section 三 of the annual report. */
public enum ApplicantType {
  /** 自然人. */
  NATURAL_PERSON("自然人", "naturalPerson"),
  /** 法人或其他组织 · 商业企业. */
  COMMERCIAL_ENTERPRISE("商业企业", "commercialEnterprise"),
  /** 法人或其他组织 · 科研机构. */
  RESEARCH_INSTITUTION("科研机构", "researchInstitution"),
  /** 法人或其他组织 · 社会公益组织. */
  PUBLIC_WELFARE_ORGANIZATION("社会公益组织", "publicWelfareOrganization"),
  /** 法人或其他组织 · 法律服务机构. */
  LEGAL_SERVICE_AGENCY("法律服务机构", "legalServiceAgency"),
  /** 法人或其他组织 · 其他. */
  OTHER_ORGANIZATION("其他组织", "otherOrganization");

  private final String label;
  private final String column;

  ApplicantType(String label, String column) {
    this.label = label;
    this.column = column;
  }

  public String label() {
    return label;
  }

  /** The column key of the annual-report JSON. */
  public String column() {
    return column;
  }

  public boolean isOrganisation() {
    return this != NATURAL_PERSON;
  }
}
