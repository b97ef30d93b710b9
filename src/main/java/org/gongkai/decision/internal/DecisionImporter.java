package org.gongkai.decision.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gongkai.decision.PartyType;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.document.CreditCodes;
import org.gongkai.document.IdNumbers;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The fast path of the decision import: rows are validated in Java while they stream in, and the
 * good ones go with PostgreSQL {@code COPY ... FROM STDIN} over two connections at once ({@link
 * CopyLanes}): straight into {@code decision} for an agency's first load, otherwise into a temporary
 * staging table that is merged on the natural key (agency, decision number, kind), so re-running a
 * file changes nothing. Bad rows are collected with their row number, column and a Chinese message
 * and never block the good ones. Nothing is committed unless every row that passed is stored.
 *
 * <p>Plain JDBC on purpose: the benchmark runs it without Spring.
 */
public final class DecisionImporter {

  /** Rejected rows kept for the error report; beyond this only the count goes on. */
  public static final int MAX_STORED_ERRORS = 100_000;

  private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final int FLUSH_CHARS = 256 * 1024;

  private final DataSource dataSource;
  private final PublicationPolicy policy;

  public DecisionImporter(DataSource dataSource, PublicationPolicy policy) {
    this.dataSource = dataSource;
    this.policy = policy;
  }

  /**
   * What the rows may contain.
   *
   * @param agencies the agency codes rows may name (the importer's reach)
   * @param defaultAgency the agency of rows without an agency column (may be null)
   * @param today the day the import runs: later decision dates are refused, ended periods withdrawn
   */
  public record Options(Set<String> agencies, String defaultAgency, LocalDate today) {}

  /** One rejected row: where and why. */
  public record RowError(long row, String column, String message) {}

  /**
   * The outcome.
   *
   * @param unchanged valid rows identical to what was already stored
   * @param errors the first rejected rows (at most {@link #MAX_STORED_ERRORS})
   * @param streamMillis reading, validating and copying into the staging table
   * @param mergeMillis the upsert from the staging table into {@code decision}
   */
  public record Result(
      long rows, long inserted, long updated, long unchanged, long rejected, List<RowError> errors, long streamMillis, long mergeMillis) {
    public long accepted() {
      return rows - rejected;
    }
  }

  /** Reads the source and stores its good rows; {@code importId} marks them and gets the errors. */
  public Result run(Long importId, RowSource source, Options options) throws IOException, SQLException {
    long started = System.nanoTime();
    try (CopyLanes lanes = CopyLanes.open(dataSource, options.agencies(), importId)) {
      Validator validator = new Validator(lanes, options);
      source.read(validator);
      if (validator.columns == null) {
        throw new ImportFailure("文件没有表头行");
      }
      CopyLanes.Outcome outcome = lanes.finish();
      if (importId != null && !validator.errors.isEmpty()) {
        storeErrors(lanes.first(), importId, validator.errors);
      }
      lanes.commit();
      long accepted = validator.rows - validator.rejected;
      long merge = outcome.mergeMillis();
      return new Result(validator.rows, outcome.inserted(), outcome.updated(), accepted - outcome.inserted() - outcome.updated(),
          validator.rejected, validator.errors, (System.nanoTime() - started) / 1_000_000 - merge, merge);
    } catch (WriteFailure e) {
      throw e.getCause();
    }
  }

  /** A database error while a row was handed over (RowSink cannot throw SQLException). */
  private static final class WriteFailure extends RuntimeException {
    WriteFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  private static void storeErrors(Connection connection, long importId, List<RowError> errors) throws SQLException {
    CopyIn copy =
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
            "COPY decision_import_error (import_id, row_number, column_name, message) FROM STDIN");
    StringBuilder sb = new StringBuilder();
    for (RowError e : errors) {
      sb.append(importId).append('\t').append(Math.min(e.row(), Integer.MAX_VALUE)).append('\t');
      appendCopy(sb, e.column());
      sb.append('\t');
      appendCopy(sb, e.message().length() > 500 ? e.message().substring(0, 500) : e.message());
      sb.append('\n');
      if (sb.length() > FLUSH_CHARS) {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
      }
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    copy.endCopy();
  }

  /** Appends a value in COPY text format: null as \N, backslash and control characters escaped. */
  static void appendCopy(StringBuilder sb, String value) {
    if (value == null) {
      sb.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\0' -> { }
        default -> sb.append(c);
      }
    }
  }

  /** Parses a date as business systems write it; null if it is none. */
  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    int n = t.length();
    try {
      if (n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        return LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
      }
      if (n == 8 && allDigits(t)) {
        return LocalDate.parse(t, COMPACT);
      }
      if (n >= 4 && n <= 6 && allDigits(t)) {
        // an Excel serial day number, as a sheet gives it for a date cell read as text
        return EXCEL_EPOCH.plusDays(Integer.parseInt(t));
      }
      Matcher m = LOOSE_DATE.matcher(t);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Checks each row, masks its personal data and writes it to the COPY streams. */
  private final class Validator implements RowSink {
    private final CopyLanes lanes;
    private final Options options;
    private final KeyIndex keys = new KeyIndex();
    private final Map<PowerItemKind, String> kindNames = new EnumMap<>(PowerItemKind.class);
    final List<RowError> errors = new ArrayList<>();
    int[] columns;
    long rows;
    long rejected;
    private final List<RowError> rowErrors = new ArrayList<>(4);

    Validator(CopyLanes lanes, Options options) {
      this.lanes = lanes;
      this.options = options;
      for (PowerItemKind k : PowerItemKind.values()) {
        kindNames.put(k, k.name());
      }
    }

    @Override
    public void header(String[] names) {
      columns = new int[ImportColumn.values().length];
      java.util.Arrays.fill(columns, -1);
      for (int i = 0; i < names.length; i++) {
        ImportColumn c = ImportColumn.of(names[i]);
        if (c == null) {
          continue;
        }
        if (columns[c.ordinal()] >= 0) {
          throw new ImportFailure("表头中“" + c.label() + "”列出现了两次（第 " + (columns[c.ordinal()] + 1) + " 列和第 " + (i + 1) + " 列）");
        }
        columns[c.ordinal()] = i;
      }
      List<String> missing = new ArrayList<>();
      for (ImportColumn c : List.of(ImportColumn.AGENCY, ImportColumn.KIND, ImportColumn.NUMBER, ImportColumn.DATE, ImportColumn.PARTY_NAME)) {
        if (columns[c.ordinal()] < 0 && !(c == ImportColumn.AGENCY && options.defaultAgency() != null)) {
          missing.add(c.label());
        }
      }
      if (!missing.isEmpty()) {
        throw new ImportFailure(
            "缺少必需的列：" + String.join("、", missing) + "。表头应包含：机构代码、决定类别、决定文书号、决定日期、相对人名称、相对人类别、证件号码、决定内容、依据（可选：相对人地址、公示截止日期）");
      }
    }

    /**
     * A cell without surrounding white space and without NUL characters, which PostgreSQL cannot store:
     * keys are checked and compared as they will be stored.
     */
    private String cell(String[] cells, ImportColumn c) {
      int i = columns[c.ordinal()];
      if (i < 0 || i >= cells.length || cells[i] == null) {
        return "";
      }
      String s = cells[i];
      return (s.indexOf('\0') >= 0 ? s.replace("\0", "") : s).strip();
    }

    private void error(long row, ImportColumn column, String message) {
      rowErrors.add(new RowError(row, column == null ? null : column.label(), message));
    }

    @Override
    public void row(long rowNumber, String[] cells) {
      rows++;
      rowErrors.clear();
      String agency = cell(cells, ImportColumn.AGENCY);
      if (agency.isEmpty() && options.defaultAgency() != null) {
        agency = options.defaultAgency();
      }
      if (agency.isEmpty()) {
        error(rowNumber, ImportColumn.AGENCY, "机构代码不能为空");
      } else if (!options.agencies().contains(agency)) {
        error(rowNumber, ImportColumn.AGENCY, "机构代码“" + clip(agency) + "”不存在或不在您的管理范围内");
      }
      String kindText = cell(cells, ImportColumn.KIND);
      PowerItemKind kind = PowerItemKind.parse(kindText);
      if (kindText.isEmpty()) {
        error(rowNumber, ImportColumn.KIND, "决定类别不能为空");
      } else if (kind == null || !kind.hasDecisions()) {
        error(rowNumber, ImportColumn.KIND, "决定类别“" + clip(kindText) + "”无效，应为 行政许可、行政处罚、行政强制 或 其他对外管理服务事项");
      }
      String number = cell(cells, ImportColumn.NUMBER);
      if (number.isEmpty()) {
        error(rowNumber, ImportColumn.NUMBER, "决定文书号不能为空");
      } else if (number.length() > 100) {
        error(rowNumber, ImportColumn.NUMBER, "决定文书号不能超过 100 个字符");
      }
      String dateText = cell(cells, ImportColumn.DATE);
      LocalDate date = parseDate(dateText);
      if (dateText.isEmpty()) {
        error(rowNumber, ImportColumn.DATE, "决定日期不能为空");
      } else if (date == null) {
        error(rowNumber, ImportColumn.DATE, "决定日期“" + clip(dateText) + "”不是有效日期，请写成 2020-05-18");
      } else if (date.isAfter(options.today())) {
        error(rowNumber, ImportColumn.DATE, "决定日期 " + date + " 晚于今天");
      } else if (date.isBefore(EARLIEST)) {
        error(rowNumber, ImportColumn.DATE, "决定日期 " + date + " 早于 1990 年，请检查");
      }
      String party = cell(cells, ImportColumn.PARTY_NAME);
      if (party.isEmpty()) {
        error(rowNumber, ImportColumn.PARTY_NAME, "相对人名称不能为空");
      } else if (party.length() > 200) {
        error(rowNumber, ImportColumn.PARTY_NAME, "相对人名称不能超过 200 个字符");
      }
      String id = cell(cells, ImportColumn.PARTY_ID).toUpperCase();
      String typeText = cell(cells, ImportColumn.PARTY_TYPE);
      PartyType type = PartyType.parse(typeText);
      if (type == null && typeText.isEmpty()) {
        type = IdNumbers.isValidResidentId(id) ? PartyType.NATURAL_PERSON : CreditCodes.isValid(id) ? PartyType.ORGANISATION : null;
        if (type == null) {
          error(rowNumber, ImportColumn.PARTY_TYPE, "相对人类别不能为空，应为 自然人 或 法人及非法人组织");
        }
      } else if (type == null) {
        error(rowNumber, ImportColumn.PARTY_TYPE, "相对人类别“" + clip(typeText) + "”无效，应为 自然人 或 法人及非法人组织");
      }
      String publishedId = null;
      if (!id.isEmpty() && type == PartyType.NATURAL_PERSON) {
        if (!IdNumbers.isValidResidentId(id)) {
          error(rowNumber, ImportColumn.PARTY_ID, "自然人的证件号码应为 18 位居民身份证号码（校验位正确）；其他证件请留空");
        } else {
          publishedId = IdNumbers.mask(id);
        }
      } else if (!id.isEmpty() && type == PartyType.ORGANISATION) {
        if (!CreditCodes.isValid(id)) {
          error(rowNumber, ImportColumn.PARTY_ID, "统一社会信用代码“" + clip(id) + "”格式或校验位不正确");
        } else {
          publishedId = id;
        }
      }
      String summary = cell(cells, ImportColumn.SUMMARY);
      if (summary.length() > 4000) {
        error(rowNumber, ImportColumn.SUMMARY, "决定内容不能超过 4000 个字符");
      }
      String basis = cell(cells, ImportColumn.LEGAL_BASIS);
      if (basis.length() > 2000) {
        error(rowNumber, ImportColumn.LEGAL_BASIS, "依据不能超过 2000 个字符");
      }
      String untilText = cell(cells, ImportColumn.PUBLISH_UNTIL);
      LocalDate until = null;
      if (!untilText.isEmpty()) {
        until = parseDate(untilText);
        if (until == null) {
          error(rowNumber, ImportColumn.PUBLISH_UNTIL, "公示截止日期“" + clip(untilText) + "”不是有效日期");
        } else if (date != null && until.isBefore(date)) {
          error(rowNumber, ImportColumn.PUBLISH_UNTIL, "公示截止日期早于决定日期");
        }
      } else if (kind != null && date != null) {
        until = policy.until(kind, date);
      }
      long key = 0;
      if (rowErrors.isEmpty()) {
        key = KeyIndex.hash(agency, kind.name(), number);
        int first = keys.putIfAbsent(key, (int) Math.min(rowNumber, Integer.MAX_VALUE));
        if (first != 0) {
          error(rowNumber, ImportColumn.NUMBER, "与第 " + first + " 行重复（机构、决定类别和决定文书号相同），本行未导入");
        }
      }
      if (!rowErrors.isEmpty()) {
        rejected++;
        for (RowError e : rowErrors) {
          if (errors.size() < MAX_STORED_ERRORS) {
            errors.add(e);
          }
        }
        return;
      }
      String address = type == PartyType.NATURAL_PERSON ? cell(cells, ImportColumn.ADDRESS) : null;
      summary = PersonalData.maskText(summary, address);
      try {
        lanes.add(new CopyLanes.Row(agency, kindNames.get(kind), number, date, party, type.name(), publishedId,
            summary.isEmpty() ? null : summary, basis.isEmpty() ? null : basis, until,
            until != null && until.isBefore(options.today())), key);
      } catch (SQLException e) {
        throw new WriteFailure(e);
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
