package org.gongkai.request;

/**
 * 信息处理费 per 国办函〔2020〕109号, both standards progressive (超额累进); one standard per
 * application, never both.
 *
 * <ul>
 *   <li>按件计收 (第四条): an applicant's applications in one natural month — up to 10 free; the 11th
 *       to the 30th 100 元 each; from the 31st, each further band of 10 costs 100 元 more per item.
 *   <li>按量计收 (第五条): pages of one application — up to 30 free; pages 31–100 10 元 each, 101–200
 *       20 元 each, from 201 40 元 each.
 * </ul>
 */
public final class FeePolicy {

  /** A computed fee and the worked basis shown to staff and printed on the notice. */
  public record Quote(long amountYuan, String basis) {
    public boolean isFree() {
      return amountYuan == 0;
    }
  }

  private FeePolicy() {}

  /** The fee of an application that is the {@code ordinal}-th of its applicant in the natural month. */
  public static Quote byCount(int ordinal) {
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be positive");
    }
    long fee;
    String band;
    if (ordinal <= 10) {
      fee = 0;
      band = "10件以下（含10件）不收费";
    } else if (ordinal <= 30) {
      fee = 100;
      band = "11—30件（含30件）的部分每件100元";
    } else {
      int bands = (ordinal - 31) / 10 + 1;
      fee = 100 + 100L * bands;
      int from = 31 + (bands - 1) * 10;
      band = "31件以上以10件为一档、每增加一档每件提高100元，第" + from + "—" + (from + 9) + "件每件" + fee + "元";
    }
    return new Quote(fee, "按件计收（国办函〔2020〕109号第四条）：本申请为该申请人本自然月内第" + ordinal + "件，" + band
        + "，本件收费" + fee + "元。");
  }

  /** The fee of an application whose information runs to {@code pages} pages. */
  public static Quote byPages(int pages) {
    if (pages < 0) {
      throw new IllegalArgumentException("pages must not be negative");
    }
    long a = Math.max(0, Math.min(pages, 100) - 30);
    long b = Math.max(0, Math.min(pages, 200) - 100);
    long c = Math.max(0, pages - 200);
    long fee = a * 10 + b * 20 + c * 40;
    StringBuilder basis = new StringBuilder("按量计收（国办函〔2020〕109号第五条）：共" + pages + "页，30页以下（含30页）不收费");
    if (a > 0) basis.append("；第31—").append(Math.min(pages, 100)).append("页共").append(a).append("页×10元=").append(a * 10).append("元");
    if (b > 0) basis.append("；第101—").append(Math.min(pages, 200)).append("页共").append(b).append("页×20元=").append(b * 20).append("元");
    if (c > 0) basis.append("；第201—").append(pages).append("页共").append(c).append("页×40元=").append(c * 40).append("元");
    basis.append("；合计").append(fee).append("元。");
    return new Quote(fee, basis.toString());
  }
}
