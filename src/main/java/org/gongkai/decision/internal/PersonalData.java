package org.gongkai.decision.internal;

import org.gongkai.document.PersonalDataScanner;

/**
 * What a published decision shows of personal data. Identity numbers, phone numbers, bank cards and
 * e-mail addresses in free text are masked by the one shared rule ({@link PersonalDataScanner#mask});
 * this module adds the rule of 《行政处罚结果信息网上公开暂行办法》第七条 that only decisions know: the
 * home address of a natural person party, given in its own import column, is hidden wherever the
 * text repeats it. The party's name stays (it is what 双公示 publishes).
 */
final class PersonalData {

  /** An address shorter than this is too likely to hit ordinary words. */
  private static final int SHORTEST_ADDRESS = 4;

  private PersonalData() {}

  /** Free text as published; {@code naturalPersonAddress} is null for organisations. */
  static String maskText(String text, String naturalPersonAddress) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    if (naturalPersonAddress != null && naturalPersonAddress.strip().length() >= SHORTEST_ADDRESS) {
      out = out.replace(naturalPersonAddress.strip(), "***");
    }
    return PersonalDataScanner.mask(out);
  }
}
