package org.gongkai.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.catalog.Validity;
import org.gongkai.catalog.internal.CatalogItem;
import org.gongkai.catalog.internal.ItemDraft;
import org.gongkai.shared.InvalidInputException;

/** The back-office form of an item; every field a string so that bad input gets a message, not a 400 page. */
class ItemForm {

  private String agencyCode;
  private String title;
  private String documentNumber;
  private String writtenOn;
  private String subject;
  private String genre;
  private String category;
  private String body;
  private String validity;
  private boolean needsInterpretation;
  private String interpretsId;
  private int version;

  static ItemForm of(CatalogItem i) {
    ItemForm f = new ItemForm();
    f.agencyCode = i.agencyCode();
    f.title = i.title();
    f.documentNumber = i.documentNumber();
    f.writtenOn = i.writtenOn() == null ? null : i.writtenOn().toString();
    f.subject = i.subjectCode();
    f.genre = i.genreCode();
    f.category = i.category().name();
    f.body = i.body();
    f.validity = i.validity() == null ? null : i.validity().name();
    f.needsInterpretation = i.needsInterpretation();
    f.interpretsId = i.interpretsId() == null ? null : String.valueOf(i.interpretsId());
    f.version = i.version();
    return f;
  }

  ItemDraft toDraft() {
    LocalDate written = null;
    if (writtenOn != null && !writtenOn.isBlank()) {
      try {
        written = LocalDate.parse(writtenOn.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("writtenOn", "成文日期格式不正确，应为 2020-05-12 这样的日期");
      }
    }
    Long interprets = null;
    if (interpretsId != null && !interpretsId.isBlank()) {
      try {
        interprets = Long.parseLong(interpretsId.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("interpretsId", "所解读文件的编号应为数字");
      }
    }
    Validity v;
    try {
      v = Validity.fromLabelOrKey(validity);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("validity", e.getMessage());
    }
    return new ItemDraft(agencyCode, title, documentNumber, written, subject, genre, category, body, v,
        needsInterpretation, interprets, null);
  }

  public String getAgencyCode() { return agencyCode; }
  public void setAgencyCode(String v) { agencyCode = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getDocumentNumber() { return documentNumber; }
  public void setDocumentNumber(String v) { documentNumber = v; }
  public String getWrittenOn() { return writtenOn; }
  public void setWrittenOn(String v) { writtenOn = v; }
  public String getSubject() { return subject; }
  public void setSubject(String v) { subject = v; }
  public String getGenre() { return genre; }
  public void setGenre(String v) { genre = v; }
  public String getCategory() { return category; }
  public void setCategory(String v) { category = v; }
  public String getBody() { return body; }
  public void setBody(String v) { body = v; }
  public String getValidity() { return validity; }
  public void setValidity(String v) { validity = v; }
  public boolean isNeedsInterpretation() { return needsInterpretation; }
  public void setNeedsInterpretation(boolean v) { needsInterpretation = v; }
  public String getInterpretsId() { return interpretsId; }
  public void setInterpretsId(String v) { interpretsId = v; }
  public int getVersion() { return version; }
  public void setVersion(int v) { version = v; }
}
