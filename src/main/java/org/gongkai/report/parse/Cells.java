package org.gongkai.report.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the text of one table cell as written in real published reports: full-width digits and
 * punctuation, thousands separators, units, signs, dashes for zero-or-blank.
 */
final class Cells {

  /** What kind of figure a cell holds. */
  enum Kind {
    /** A whole number that cannot be negative. */
    COUNT,
    /** A whole number with a sign (本年增/减). */
    SIGNED,
    /** An amount, converted to 万元. */
    AMOUNT
  }

  /**
   * The figure of a cell, or why there is none.
   *
   * @param value null when the cell is blank or unreadable
   * @param problem why the value is null (Chinese), or a note on an assumption made
   */
  record Figure(Number value, String problem) {
    static Figure of(Number value) {
      return new Figure(value, null);
    }

    static Figure none(String problem) {
      return new Figure(null, problem);
    }
  }

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
  private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』]");
  private static final Pattern ENUMERATOR = Pattern.compile("^(\\d+)[、.．]");
  private static final Pattern DASH = Pattern.compile("^[-—–―‐－‑/\\\\─━]+$|^无$|^/$");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");
  private static final Pattern NUMBER = Pattern.compile(
      "^(增加|增|减少|减|\\+|-|−|—)?(\\d+(?:\\.\\d+)?)(亿元|万元|元|万件|万条|万个|万项|万|件|条|个|项|次|宗|家|人次)?$");

  private Cells() {}

  /** Text as compared with the labels of the format: NFKC, no spaces, no quotes, "1、" as "1.". */
  static String label(String raw) {
    if (raw == null) {
      return "";
    }
    String s = Normalizer.normalize(BOOKMARK.matcher(raw).replaceAll(""), Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll("");
    s = QUOTES.matcher(s).replaceAll("");
    s = ENUMERATOR.matcher(s).replaceFirst("$1.");
    return s;
  }

  private static String compact(String raw) {
    String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll("");
    s = s.replace("−", "-");
    if (s.endsWith("。") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return THOUSANDS.matcher(s).replaceAll("");
  }

  static boolean isBlank(String raw) {
    return compact(raw).isEmpty();
  }

  /** Whether the cell holds a figure or a placeholder for one (a number, a dash). */
  static boolean looksLikeValue(String raw) {
    String s = compact(raw);
    return s.isEmpty() || DASH.matcher(s).matches() || NUMBER.matcher(s).matches();
  }

  /**
   * The figure of a cell.
   *
   * @param defaultUnit for amounts: the unit stated in the column heading (万元, 亿元, 元), or null
   */
  static Figure read(String raw, Kind kind, String defaultUnit) {
    String s = compact(raw);
    if (s.isEmpty()) {
      return Figure.none("单元格为空");
    }
    if (DASH.matcher(s).matches()) {
      return Figure.none("单元格为“" + raw.strip() + "”，按空白处理（未填写或为零）");
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return Figure.none("“" + shorten(raw.strip()) + "”不是数字");
    }
    String sign = m.group(1);
    boolean negative = sign != null && (sign.startsWith("减") || sign.equals("-") || sign.equals("—"));
    BigDecimal value = new BigDecimal(m.group(2));
    String unit = m.group(3);
    if (negative) {
      value = value.negate();
    }
    if (unit != null && unit.startsWith("万") && !unit.equals("万元")) {
      value = value.multiply(BigDecimal.valueOf(10_000));
      unit = unit.substring(1);
    }
    switch (kind) {
      case AMOUNT -> {
        if (unit != null && !unit.endsWith("元")) {
          return Figure.none("“" + raw.strip() + "”的单位不是金额单位");
        }
        String u = unit != null ? unit : defaultUnit;
        if (u == null) {
          u = "万元";
        }
        switch (u) {
          case "亿元" -> value = value.multiply(BigDecimal.valueOf(10_000));
          case "元" -> value = value.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP);
          default -> { }
        }
        if (value.signum() < 0) {
          return Figure.none("金额为负数（" + raw.strip() + "），不能为负");
        }
        return new Figure(value.stripTrailingZeros(),
            unit == null && defaultUnit == null ? "未注明金额单位，按万元计" : null);
      }
      case SIGNED, COUNT -> {
        if (unit != null && unit.endsWith("元")) {
          return Figure.none("“" + raw.strip() + "”是金额，此处应为数量");
        }
        if (value.stripTrailingZeros().scale() > 0) {
          return Figure.none("“" + raw.strip() + "”不是整数");
        }
        if (kind == Kind.COUNT && negative) {
          return Figure.none("数值为负数（" + raw.strip() + "），此项不能为负");
        }
        return Figure.of(value.longValueExact());
      }
      default -> throw new IllegalStateException();
    }
  }

  private static String shorten(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
