package org.gongkai.agency;

import java.time.LocalDate;
import org.gongkai.shared.Checks;

/** The editable fields of an agency's 机构信息 page, as staff submit them. */
public record AgencyDetails(
    String name,
    String shortName,
    String organisationCode,
    String functions,
    String structure,
    String head,
    String address,
    String officeHours,
    String phone,
    String fax,
    String email,
    String website,
    DisclosureOffice disclosureOffice,
    boolean acceptsRequests,
    LocalDate establishedOn) {

  /** An agency without a recorded disclosure office gets an empty one, so no caller checks for null. */
  public AgencyDetails {
    if (disclosureOffice == null) {
      disclosureOffice = new DisclosureOffice(null, null, null, null, null, null);
    }
  }

  /** Checks every field; throws all problems at once with Chinese messages. */
  public void check() {
    DisclosureOffice office = disclosureOffice;
    Checks checks =
        Checks.start()
            .required("name", "机构名称", name)
            .maxLength("name", "机构名称", name, 100)
            .maxLength("shortName", "简称", shortName, 50)
            .maxLength("functions", "机构职能", functions, 20000)
            .maxLength("structure", "机构设置", structure, 20000)
            .maxLength("head", "负责人", head, 100)
            .maxLength("address", "办公地址", address, 200)
            .maxLength("officeHours", "办公时间", officeHours, 200)
            .maxLength("phone", "联系电话", phone, 50)
            .phone("phone", "联系电话", phone)
            .maxLength("fax", "传真", fax, 50)
            .phone("fax", "传真", fax)
            .email("email", "电子邮箱", email)
            .maxLength("website", "网站", website, 200)
            .maxLength("officeName", "政府信息公开工作机构名称", office.name(), 100)
            .maxLength("officeAddress", "工作机构办公地址", office.address(), 200)
            .maxLength("officeHoursPublic", "工作机构办公时间", office.hours(), 200)
            .maxLength("officePhone", "工作机构联系电话", office.phone(), 50)
            .phone("officePhone", "工作机构联系电话", office.phone())
            .maxLength("officeFax", "工作机构传真", office.fax(), 50)
            .phone("officeFax", "工作机构传真", office.fax())
            .email("officeEmail", "工作机构电子邮箱", office.email());
    if (organisationCode != null
        && !organisationCode.isBlank()
        && !organisationCode.trim().matches("^[0-9A-Z]{8}-?[0-9A-Z]$|^[0-9A-Z]{18}$")) {
      checks.add("organisationCode", "组织机构代码应为9位（可含“-”）或18位统一社会信用代码");
    }
    if (website != null && !website.isBlank() && !website.trim().matches("^https?://[^\\s<>\"]+$")) {
      checks.add("website", "网站地址应以 http:// 或 https:// 开头");
    }
    if (establishedOn != null && establishedOn.isAfter(LocalDate.now().plusDays(1))) {
      checks.add("establishedOn", "成立日期不能晚于今天");
    }
    checks.throwIfAny();
  }
}
