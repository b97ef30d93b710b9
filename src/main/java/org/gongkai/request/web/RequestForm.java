package org.gongkai.request.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.request.RequestSubmission;
import org.gongkai.request.Upload;
import org.springframework.web.multipart.MultipartFile;

/** The application form of the portal and of staff registration; converts to a {@link RequestSubmission}. */
public class RequestForm {
  private String agencyCode;
  private String applicantType = "NATURAL_PERSON";
  private String name;
  private String idType = "RESIDENT_ID_CARD";
  private String idNumber;
  private String creditCode;
  private String legalRepresentative;
  private String contactName;
  private String phone;
  private String email;
  private String address;
  private String description;
  private String format = "ELECTRONIC";
  private String delivery = "ONLINE";
  private String channel;
  private String receivedOn;
  private List<MultipartFile> attachments = new ArrayList<>();

  RequestSubmission toSubmission() {
    return new RequestSubmission(agencyCode, applicantType, name, idType, idNumber, creditCode, legalRepresentative,
        contactName, phone, email, address, description, format, delivery);
  }

  List<Upload> uploads() throws IOException {
    List<Upload> list = new ArrayList<>();
    if (attachments != null) {
      for (MultipartFile f : attachments) {
        if (f != null && !f.isEmpty()) {
          list.add(new Upload(f.getOriginalFilename(), f.getBytes()));
        }
      }
    }
    return list;
  }

  public String getAgencyCode() { return agencyCode; }
  public void setAgencyCode(String v) { agencyCode = v; }
  public String getApplicantType() { return applicantType; }
  public void setApplicantType(String v) { applicantType = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getIdType() { return idType; }
  public void setIdType(String v) { idType = v; }
  public String getIdNumber() { return idNumber; }
  public void setIdNumber(String v) { idNumber = v; }
  public String getCreditCode() { return creditCode; }
  public void setCreditCode(String v) { creditCode = v; }
  public String getLegalRepresentative() { return legalRepresentative; }
  public void setLegalRepresentative(String v) { legalRepresentative = v; }
  public String getContactName() { return contactName; }
  public void setContactName(String v) { contactName = v; }
  public String getPhone() { return phone; }
  public void setPhone(String v) { phone = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getAddress() { return address; }
  public void setAddress(String v) { address = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = v; }
  public String getDelivery() { return delivery; }
  public void setDelivery(String v) { delivery = v; }
  public String getChannel() { return channel; }
  public void setChannel(String v) { channel = v; }
  public String getReceivedOn() { return receivedOn; }
  public void setReceivedOn(String v) { receivedOn = v; }
  public List<MultipartFile> getAttachments() { return attachments; }
  public void setAttachments(List<MultipartFile> v) { attachments = v; }
}
