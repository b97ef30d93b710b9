package org.gongkai.request.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.document.RedactionSpec;
import org.gongkai.request.RequestReleases;

/** The 区分处理 form: what to withhold in one document and why. */
public class ReleaseForm {

  private List<String> patterns = new ArrayList<>();
  private String literals;
  private String regions;
  private String reason;

  /** The form filled with a stored spec (or the personal data kinds found, for a new document). */
  static ReleaseForm of(RedactionSpec spec) {
    ReleaseForm f = new ReleaseForm();
    f.patterns = new ArrayList<>(spec.patterns().stream().map(Enum::name).sorted().toList());
    f.literals = String.join("\n", spec.literals());
    f.regions = String.join("\n", spec.regions().stream().map(RequestReleases::format).toList());
    f.reason = spec.reason();
    return f;
  }

  RedactionSpec toSpec() {
    return RequestReleases.spec(patterns, literals, regions, reason);
  }

  public List<String> getPatterns() { return patterns; }
  public void setPatterns(List<String> patterns) { this.patterns = patterns == null ? new ArrayList<>() : patterns; }
  public String getLiterals() { return literals; }
  public void setLiterals(String literals) { this.literals = literals; }
  public String getRegions() { return regions; }
  public void setRegions(String regions) { this.regions = regions; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
