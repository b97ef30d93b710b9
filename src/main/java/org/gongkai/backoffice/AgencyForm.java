package org.gongkai.backoffice;

import java.time.LocalDate;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.DisclosureOffice;
import org.springframework.format.annotation.DateTimeFormat;

/** The agency edit form, bound from the request; converted to {@link AgencyDetails}. */
public class AgencyForm {
  private int version;
  private String name;
  private String shortName;
  private String organisationCode;
  private String functions;
  private String structure;
  private String head;
  private String address;
  private String officeHours;
  private String phone;
  private String fax;
  private String email;
  private String website;
  private String officeName;
  private String officeAddress;
  private String officeHoursPublic;
  private String officePhone;
  private String officeFax;
  private String officeEmail;
  private boolean acceptsRequests;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate establishedOn;

  static AgencyForm of(Agency a) {
    AgencyForm f = new AgencyForm();
    f.version = a.version();
    f.name = a.name();
    f.shortName = a.shortName();
    f.organisationCode = a.organisationCode();
    f.functions = a.functions();
    f.structure = a.structure();
    f.head = a.head();
    f.address = a.address();
    f.officeHours = a.officeHours();
    f.phone = a.phone();
    f.fax = a.fax();
    f.email = a.email();
    f.website = a.website();
    DisclosureOffice o = a.disclosureOffice();
    f.officeName = o.name();
    f.officeAddress = o.address();
    f.officeHoursPublic = o.hours();
    f.officePhone = o.phone();
    f.officeFax = o.fax();
    f.officeEmail = o.email();
    f.acceptsRequests = a.acceptsRequests();
    f.establishedOn = a.establishedOn();
    return f;
  }

  AgencyDetails toDetails() {
    return new AgencyDetails(
        name, shortName, organisationCode, functions, structure, head, address, officeHours, phone, fax, email, website,
        new DisclosureOffice(officeName, officeAddress, officeHoursPublic, officePhone, officeFax, officeEmail),
        acceptsRequests, establishedOn);
  }

  public int getVersion() { return version; }
  public void setVersion(int version) { this.version = version; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getShortName() { return shortName; }
  public void setShortName(String shortName) { this.shortName = shortName; }
  public String getOrganisationCode() { return organisationCode; }
  public void setOrganisationCode(String organisationCode) { this.organisationCode = organisationCode; }
  public String getFunctions() { return functions; }
  public void setFunctions(String functions) { this.functions = functions; }
  public String getStructure() { return structure; }
  public void setStructure(String structure) { this.structure = structure; }
  public String getHead() { return head; }
  public void setHead(String head) { this.head = head; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public String getOfficeHours() { return officeHours; }
  public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getFax() { return fax; }
  public void setFax(String fax) { this.fax = fax; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getWebsite() { return website; }
  public void setWebsite(String website) { this.website = website; }
  public String getOfficeName() { return officeName; }
  public void setOfficeName(String officeName) { this.officeName = officeName; }
  public String getOfficeAddress() { return officeAddress; }
  public void setOfficeAddress(String officeAddress) { this.officeAddress = officeAddress; }
  public String getOfficeHoursPublic() { return officeHoursPublic; }
  public void setOfficeHoursPublic(String officeHoursPublic) { this.officeHoursPublic = officeHoursPublic; }
  public String getOfficePhone() { return officePhone; }
  public void setOfficePhone(String officePhone) { this.officePhone = officePhone; }
  public String getOfficeFax() { return officeFax; }
  public void setOfficeFax(String officeFax) { this.officeFax = officeFax; }
  public String getOfficeEmail() { return officeEmail; }
  public void setOfficeEmail(String officeEmail) { this.officeEmail = officeEmail; }
  public boolean isAcceptsRequests() { return acceptsRequests; }
  public void setAcceptsRequests(boolean acceptsRequests) { this.acceptsRequests = acceptsRequests; }
  public LocalDate getEstablishedOn() { return establishedOn; }
  public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
}
