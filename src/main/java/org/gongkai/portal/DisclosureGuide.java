package org.gongkai.portal;

import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyTree;
import org.gongkai.agency.DisclosureOffice;

/**
 * 政府信息公开指南 (Art. 12) of an agency, written from its own records: how its information is
 * organised and how to obtain it, and its disclosure office's name, address, hours, telephone, fax
 * and e-mail. It follows the agency's details as soon as they change.
 */
public record DisclosureGuide(Agency agency, DisclosureOffice office, String officeName, boolean acceptsRequests, String government) {

  static DisclosureGuide of(Agency agency, AgencyTree tree) {
    DisclosureOffice office = agency.disclosureOffice();
    String officeName = office.name() == null ? agency.name() + "办公室" : office.name();
    String government = tree.governmentOf(agency.code()).map(Agency::name).orElse(agency.name());
    return new DisclosureGuide(agency, office, officeName, agency.acceptsRequests(), government);
  }

  public String officeAddress() {
    return first(office.address(), agency.address());
  }

  public String officeHours() {
    return first(office.hours(), agency.officeHours());
  }

  public String officePhone() {
    return first(office.phone(), agency.phone());
  }

  public String officeFax() {
    return first(office.fax(), agency.fax());
  }

  public String officeEmail() {
    return first(office.email(), agency.email());
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : (b == null || b.isBlank() ? "暂未公布" : b);
  }
}
