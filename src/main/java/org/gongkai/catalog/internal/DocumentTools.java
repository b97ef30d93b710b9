package org.gongkai.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.document.ContentType;
import org.gongkai.document.DocumentException;
import org.gongkai.document.PersonalDataFinding;
import org.gongkai.document.PersonalDataScanner;
import org.gongkai.document.TextExtraction;
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
    return switch (ContentType.detect(content)) {
      case PDF -> FileType.PDF;
      case DOCX -> FileType.DOCX;
      case XLSX -> FileType.XLSX;
      default -> null;
    };
  }

  /** The text of the file (empty when it cannot be read: encrypted, damaged or oversized). */
  public String extract(byte[] content) {
    try {
      return TextExtraction.extract(content, 500_000);
    } catch (DocumentException e) {
      return "";
    }
  }

  /** Personal data found in the text (ID numbers, phone numbers, bank accounts, e-mail addresses). */
  public List<Finding> scan(String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return findings;
    }
    for (PersonalDataFinding f : PersonalDataScanner.scan(text)) {
      if (findings.size() >= 200) {
        break;
      }
      int from = Math.max(0, f.start() - 12);
      int to = Math.min(text.length(), f.end() + 12);
      findings.add(new Finding(f.label(), f.text(), text.substring(from, to).replace('\n', ' ')));
    }
    return findings;
  }

  /** One piece of personal data: its kind (Chinese), the value and the text around it. */
  public record Finding(String kind, String value, String context) {}
}
