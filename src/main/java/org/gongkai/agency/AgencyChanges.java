package org.gongkai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The before/after summary of an agency edit, for the audit log: one line per changed field. */
final class AgencyChanges {

  private AgencyChanges() {}

  static String describe(Agency before, Agency after) {
    List<String> lines = new ArrayList<>();
    compare(lines, "机构名称", before.name(), after.name());
    compare(lines, "简称", before.shortName(), after.shortName());
    compare(lines, "组织机构代码", before.organisationCode(), after.organisationCode());
    compare(lines, "机构职能", before.functions(), after.functions());
    compare(lines, "机构设置", before.structure(), after.structure());
    compare(lines, "负责人", before.head(), after.head());
    compare(lines, "办公地址", before.address(), after.address());
    compare(lines, "办公时间", before.officeHours(), after.officeHours());
    compare(lines, "联系电话", before.phone(), after.phone());
    compare(lines, "传真", before.fax(), after.fax());
    compare(lines, "电子邮箱", before.email(), after.email());
    compare(lines, "网站", before.website(), after.website());
    DisclosureOffice b = before.disclosureOffice();
    DisclosureOffice a = after.disclosureOffice();
    compare(lines, "公开工作机构", b.name(), a.name());
    compare(lines, "公开工作机构地址", b.address(), a.address());
    compare(lines, "公开工作机构办公时间", b.hours(), a.hours());
    compare(lines, "公开工作机构电话", b.phone(), a.phone());
    compare(lines, "公开工作机构传真", b.fax(), a.fax());
    compare(lines, "公开工作机构邮箱", b.email(), a.email());
    compare(lines, "受理依申请公开", String.valueOf(before.acceptsRequests()), String.valueOf(after.acceptsRequests()));
    compare(lines, "成立日期", String.valueOf(before.establishedOn()), String.valueOf(after.establishedOn()));
    return lines.isEmpty() ? "无字段变化" : String.join("\n", lines);
  }

  private static void compare(List<String> lines, String label, String before, String after) {
    if (!Objects.equals(before, after)) {
      lines.add(label + "：" + abbreviate(before) + " → " + abbreviate(after));
    }
  }

  private static String abbreviate(String value) {
    if (value == null) {
      return "（空）";
    }
    return value.length() > 80 ? value.substring(0, 80) + "…" : value;
  }
}
