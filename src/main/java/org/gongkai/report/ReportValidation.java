package org.gongkai.report;

import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.model.Report;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.report.parse.ReportParser;
import org.springframework.stereotype.Service;

/** Reads a published report (text, HTML, DOCX, PDF), parses its tables and cross-checks them. */
@Service
public class ReportValidation {

  private final Agencies agencies;

  ReportValidation(Agencies agencies) {
    this.agencies = agencies;
  }

  /**
   * The report as read from the file, with its violations and warnings.
   *
   * @throws org.gongkai.shared.InvalidInputException when the file cannot be read as a report
   * @throws ReportFiles.TooLargeException when the file is over {@link ReportFiles#MAX_BYTES}
   */
  public Report validate(byte[] bytes, String filename) {
    List<String> cells = ReportFiles.read(bytes, filename);
    Report parsed = ReportParser.parse(cells);
    String code = agencyCode(parsed.agencyName()).orElse(null);
    if (code == null) {
      return parsed;
    }
    Report withCode = new Report(parsed.format(), parsed.year(), code, parsed.agencyName(), parsed.scope());
    parsed.cells().forEach(withCode::set);
    withCode.violations().addAll(parsed.violations());
    withCode.warnings().addAll(parsed.warnings());
    return withCode;
  }

  /** The agency whose name is written in the title (重庆市 = 重庆市人民政府), when exactly one fits. */
  Optional<String> agencyCode(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    List<Agency> found = agencies.tree().all().stream()
        .filter(a -> a.name().equals(name) || a.name().equals(name + "人民政府") || name.equals(a.shortName()))
        .toList();
    return found.size() == 1 ? Optional.of(found.get(0).code()) : Optional.empty();
  }
}
