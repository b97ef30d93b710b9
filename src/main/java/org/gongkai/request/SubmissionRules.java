package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Agencies;
import org.gongkai.shared.Checks;

/**
 * The intake rules an office applies to an application (第二十九条): who, what, in which form, and
 * the attachments. All problems are collected and thrown together; nothing is saved.
 */
final class SubmissionRules {

  static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
  static final int MAX_FILES = 5;
  private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
  private static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$");
  private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

  /** A submission that passed the rules. */
  record Valid(Agency agency, Applicant applicant, String description, InformationFormat format, DeliveryMethod delivery) {}

  private SubmissionRules() {}

  static Valid check(RequestSubmission s, List<Upload> uploads, Agencies agencies, LocalDate today) {
    Checks c = Checks.start();
    Agency agency = null;
    if (s.agencyCode() == null || s.agencyCode().isBlank()) {
      c.add("agencyCode", "请选择受理机关");
    } else {
      agency = agencies.find(s.agencyCode().trim()).orElse(null);
      if (agency == null) {
        c.add("agencyCode", "受理机关不存在");
      } else if (!agency.acceptsRequests()) {
        c.add("agencyCode", agency.name() + "不单独受理政府信息公开申请，请向其所属人民政府提出");
      }
    }
    ApplicantType type = parse(c, "applicantType", "申请人类型", ApplicantType.class, s.applicantType());
    String name = trim(s.name());
    c.required("name", type != null && type.isOrganisation() ? "名称" : "姓名", name);
    c.maxLength("name", "姓名或名称", name, 100);
    IdType idType = null;
    String idNumber = upper(s.idNumber());
    String creditCode = upper(s.creditCode());
    String legal = trim(s.legalRepresentative());
    String contact = trim(s.contactName());
    if (type == ApplicantType.NATURAL_PERSON) {
      idType = parse(c, "idType", "证件类型", IdType.class, s.idType());
      c.required("idNumber", "证件号码", idNumber);
      c.maxLength("idNumber", "证件号码", idNumber, 30);
      if (idType == IdType.RESIDENT_ID_CARD && idNumber != null && !idNumber.isBlank()) {
        String problem = IdentityChecks.residentIdProblem(idNumber, today);
        if (problem != null) {
          c.add("idNumber", problem);
        }
      } else if (idNumber != null && !idNumber.isBlank() && !idNumber.matches("[A-Z0-9()\\-]{5,30}")) {
        c.add("idNumber", "证件号码只能包含字母、数字和连字符，5至30位");
      }
      creditCode = null;
      legal = null;
    } else if (type != null) {
      c.required("creditCode", "统一社会信用代码", creditCode);
      if (creditCode != null && !creditCode.isBlank()) {
        String problem = IdentityChecks.creditCodeProblem(creditCode);
        if (problem != null) {
          c.add("creditCode", problem);
        }
      }
      c.required("legalRepresentative", "法定代表人或负责人", legal);
      c.maxLength("legalRepresentative", "法定代表人或负责人", legal, 50);
      c.required("contactName", "联系人", contact);
      idNumber = null;
    }
    c.maxLength("contactName", "联系人", contact, 50);
    String phone = trim(s.phone());
    c.required("phone", "联系电话", phone);
    if (phone != null && !phone.isBlank()) {
      String digits = phone.replace(" ", "");
      if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
        c.add("phone", "联系电话格式不正确，应为11位手机号码或带区号的固定电话，例如 13800138000 或 023-63854321");
      }
    }
    String email = trim(s.email());
    if (email != null && !email.isBlank() && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
      c.add("email", "电子邮箱格式不正确，例如 zhangsan@example.com");
    }
    String address = trim(s.address());
    c.maxLength("address", "通信地址", address, 200);
    String description = trim(s.description());
    c.required("description", "所需信息的名称、文号或特征性描述", description);
    if (description != null && !description.isBlank() && description.codePointCount(0, description.length()) < 5) {
      c.add("description", "请具体描述所需政府信息的名称、文号或便于查询的特征（至少5个字）");
    }
    c.maxLength("description", "所需信息的描述", description, 2000);
    InformationFormat format = parse(c, "format", "信息形式", InformationFormat.class, s.format());
    DeliveryMethod delivery = parse(c, "delivery", "获取方式", DeliveryMethod.class, s.delivery());
    if (delivery == DeliveryMethod.EMAIL && (email == null || email.isBlank())) {
      c.add("email", "选择电子邮件获取时，电子邮箱不能为空");
    }
    if (delivery == DeliveryMethod.POST && (address == null || address.isBlank())) {
      c.add("address", "选择邮寄获取时，通信地址不能为空");
    }
    if (delivery == DeliveryMethod.EMAIL && format == InformationFormat.PAPER) {
      c.add("delivery", "纸质形式不能通过电子邮件获取");
    }
    checkUploads(c, uploads);
    c.throwIfAny();
    Applicant applicant = new Applicant(type, name, idType, blankToNull(idNumber), blankToNull(creditCode),
        blankToNull(legal), blankToNull(contact), phone, blankToNull(email), blankToNull(address));
    return new Valid(agency, applicant, description, format, delivery);
  }

  static void checkUploads(Checks c, List<Upload> uploads) {
    if (uploads == null) {
      return;
    }
    if (uploads.size() > MAX_FILES) {
      c.add("attachments", "附件最多" + MAX_FILES + "个");
      return;
    }
    for (Upload u : uploads) {
      String label = "附件“" + (u.fileName() == null ? "" : u.fileName()) + "”";
      if (u.content().length > MAX_FILE_BYTES) {
        c.add("attachments", label + "超过10MB");
      } else if (u.content().length == 0) {
        c.add("attachments", label + "为空文件");
      } else if (FileTypes.detect(u.content()) == null) {
        c.add("attachments", label + "的内容不是PDF、JPEG、PNG或DOCX文件（按文件内容检查，与扩展名无关）");
      }
      if (u.fileName() != null && u.fileName().length() > 200) {
        c.add("attachments", "附件文件名不能超过200个字符");
      }
    }
  }

  private static <E extends Enum<E>> E parse(Checks c, String field, String label, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      c.add(field, "请选择" + label);
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      c.add(field, label + "取值无效：" + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
      return null;
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
