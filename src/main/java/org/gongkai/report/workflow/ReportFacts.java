package org.gongkai.report.workflow;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.compare.Change;
import org.gongkai.report.model.Report;

/**
 * The figures a narrative usually quotes, as sentences to insert: requests received and the change
 * against last year (较去年下降23%), outcomes, appeals.
 */
public final class ReportFacts {

  /** A sentence to insert and what it is about. */
  public record Fact(String label, String text) {}

  private ReportFacts() {}

  public static List<Fact> of(Report now, Report lastYear) {
    List<Fact> facts = new ArrayList<>();
    String who = now.agencyName() == null ? "本机关" : now.agencyName();
    Long received = now.count("requests.received.total");
    if (received != null) {
      String text = now.year() + "年，" + who + "共接收政府信息公开申请" + received + "件";
      Change change = Change.between(received, lastYear == null ? null : lastYear.count("requests.received.total"), false);
      if (change != null) {
        long pct = Math.round(Math.abs(change.exact()));
        text += change.exact() == 0 ? "，与去年持平" : change.exact() < 0 ? "，申请量较去年下降" + pct + "%" : "，申请量较去年上升" + pct + "%";
      }
      facts.add(new Fact("本年收到申请数及与上年比较", text + "。"));
    }
    Long handled = now.count("requests.handledTotal.total");
    Long granted = now.count("requests.granted.total");
    Long partial = now.count("requests.partiallyGranted.total");
    if (handled != null && handled > 0 && granted != null && partial != null) {
      facts.add(new Fact("办结与公开比例", "全年办结政府信息公开申请" + handled + "件，其中予以公开" + granted + "件、部分公开" + partial
          + "件，公开比例为" + Math.round((granted + partial) * 1000.0 / handled) / 10.0 + "%。"));
    }
    Long carried = now.count("requests.carriedOverToNextYear.total");
    if (carried != null) {
      facts.add(new Fact("结转下年度", "结转下年度继续办理" + carried + "件。"));
    }
    Long recon = now.count("appeals.reconsideration.total");
    Long reconCorrected = now.count("appeals.reconsideration.corrected");
    Long litDirect = now.count("appeals.litigationDirect.total");
    Long litAfter = now.count("appeals.litigationAfterReconsideration.total");
    if (recon != null && reconCorrected != null) {
      facts.add(new Fact("行政复议", "因政府信息公开被申请行政复议" + recon + "件，其中结果纠正" + reconCorrected + "件。"));
    }
    if (litDirect != null && litAfter != null) {
      facts.add(new Fact("行政诉讼", "因政府信息公开被提起行政诉讼" + (litDirect + litAfter) + "件，其中未经复议直接起诉" + litDirect
          + "件、复议后起诉" + litAfter + "件。"));
    }
    return facts;
  }
}
