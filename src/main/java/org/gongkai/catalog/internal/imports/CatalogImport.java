package org.gongkai.catalog.internal.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalog.Validity;
import org.gongkai.catalog.internal.Attachments;
import org.gongkai.catalog.internal.CatalogAccess;
import org.gongkai.catalog.internal.ItemDraft;
import org.gongkai.catalog.internal.Publication;
import org.gongkai.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量导入 of existing content: a CSV (UTF-8 or GBK) or XLSX table with the metadata columns, plus an
 * optional ZIP of attachments named in the 附件 column. Read as a stream, row by row; each row is
 * checked and saved in a transaction of its own, so a bad row never blocks or corrupts the good ones.
 * Problems go to an error report (row number, column, message); a re-run skips rows already imported.
 */
@Service
public class CatalogImport {

  /** The columns: header name → field. */
  static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("来源编号", "sourceId");
    COLUMNS.put("发布机构代码", "agencyCode");
    COLUMNS.put("标题", "title");
    COLUMNS.put("文号", "documentNumber");
    COLUMNS.put("索引号", "indexNumber");
    COLUMNS.put("成文日期", "writtenOn");
    COLUMNS.put("发布日期", "publishedOn");
    COLUMNS.put("主题分类", "subject");
    COLUMNS.put("体裁分类", "genre");
    COLUMNS.put("公开事项", "category");
    COLUMNS.put("有效性", "validity");
    COLUMNS.put("正文", "body");
    COLUMNS.put("附件", "attachments");
  }

  static final List<String> REQUIRED = List.of("发布机构代码", "标题", "成文日期", "主题分类", "体裁分类");
  static final int MAX_ROWS = 200_000;
  static final int MAX_ERRORS = 100_000;

  private final Publication publication;
  private final Attachments attachments;
  private final CatalogAccess access;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final TransactionTemplate nested;
  private final org.springframework.transaction.PlatformTransactionManager transactions;
  private final Path dir;
  /** Rows saved per transaction; each row has a savepoint of its own inside it. */
  static final int CHUNK = 500;

  CatalogImport(Publication publication, Attachments attachments, CatalogAccess access, AuditLog audit, JdbcClient jdbc,
      TransactionTemplate tx, org.springframework.transaction.PlatformTransactionManager transactions,
      @Value("${gongkai.data-dir}") Path dataDir) {
    this.publication = publication;
    this.attachments = attachments;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
    this.tx = tx;
    this.transactions = transactions;
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    this.dir = dataDir.resolve("catalog").resolve("imports");
  }

  /** The outcome of a run. {@code message} is set when the whole file was refused. */
  public record Result(long id, String fileName, int total, int imported, int skipped, int failed, String message,
      List<RowError> firstErrors) {}

  /** One problem of one row ({@code row} is the line of the file, the header being line 1). */
  public record RowError(int row, String column, String message) {}

  /**
   * Runs an import.
   *
   * @param table the uploaded table, already on disk
   * @param zip the uploaded attachments (may be null)
   */
  public Result run(String fileName, Path table, Path zip) {
    String name = fileName == null || fileName.isBlank() ? "导入文件" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    String actor = access.actor();
    long id = jdbc.sql("insert into catalog_import (actor, file_name) values (:a, :f) returning id")
        .param("a", actor).param("f", name).query(Long.class).single();
    Path report = dir.resolve(id + "-errors.csv");
    Counts counts = new Counts();
    List<RowError> first = new ArrayList<>();
    String message = null;
    try {
      Files.createDirectories(dir);
      try (BufferedWriter errors = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
          ZipFile attachmentsZip = openZip(zip);
          RowReader rows = open(name, table)) {
        errors.write('\uFEFF');
        errors.write("行号,列,问题\r\n");
        process(rows, attachmentsZip, counts, (row, column, msg) -> {
          counts.errors++;
          if (first.size() < 50) {
            first.add(new RowError(row, column, msg));
          }
          if (counts.errors <= MAX_ERRORS) {
            try {
              errors.write(row + "," + csv(column) + "," + csv(msg) + "\r\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
      }
    } catch (ImportProblem e) {
      message = e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      message = "读取文件失败：" + e.getMessage();
    }
    String msg = message;
    tx.executeWithoutResult(s -> {
      jdbc.sql("update catalog_import set total_rows = :t, imported = :i, skipped = :s, failed = :f, message = :m,"
              + " error_file = :e where id = :id")
          .param("t", counts.total).param("i", counts.imported).param("s", counts.skipped).param("f", counts.failed)
          .param("m", msg).param("e", report.getFileName().toString()).param("id", id).update();
      audit.record("CATALOG_IMPORTED", "catalog_import", String.valueOf(id), "批量导入政府信息：" + fileNameOf(id),
          msg != null ? msg : "共 " + counts.total + " 行，导入 " + counts.imported + "，跳过（已存在）" + counts.skipped
              + "，有误 " + counts.failed);
    });
    return new Result(id, name, counts.total, counts.imported, counts.skipped, counts.failed, message, first);
  }

  private String fileNameOf(long id) {
    return jdbc.sql("select file_name from catalog_import where id = :id").param("id", id).query(String.class).single();
  }

  /** The error report of a run the current user made (or any, for an administrator). */
  public Path errorReport(long id) {
    String actor = jdbc.sql("select actor from catalog_import where id = :id").param("id", id).query(String.class).optional()
        .orElseThrow(() -> new org.gongkai.shared.NotFoundException("未找到该导入记录"));
    if (!actor.equals(access.actor()) && !access.policy().isAdmin()) {
      throw new AccessDeniedException("只能下载本人导入的错误报告");
    }
    Path file = dir.resolve(id + "-errors.csv");
    if (!Files.exists(file)) {
      throw new org.gongkai.shared.NotFoundException("错误报告不存在");
    }
    return file;
  }

  private static RowReader open(String name, Path table) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(table)) {
      head = in.readNBytes(8);
    }
    if (head.length == 0) {
      throw new ImportProblem("上传的文件是空的");
    }
    boolean zipMagic = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    String lower = name.toLowerCase(Locale.ROOT);
    if (zipMagic) {
      return XlsxRows.open(table);
    }
    if (lower.endsWith(".xls") || (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF)) {
      throw new ImportProblem("不支持Excel 97-2003（.xls）格式，请另存为 .xlsx 或 CSV 后上传");
    }
    if (lower.endsWith(".xlsx")) {
      throw new ImportProblem("文件扩展名为 .xlsx，但内容不是Excel文件");
    }
    return CsvRows.open(Files.newInputStream(table));
  }

  private static ZipFile openZip(Path zip) {
    if (zip == null) {
      return null;
    }
    try {
      return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        return new ZipFile(zip.toFile(), java.nio.charset.Charset.forName("GB18030"));
      } catch (IOException e2) {
        throw new ImportProblem("附件压缩包不是有效的ZIP文件");
      }
    }
  }

  interface Errors {
    void add(int row, String column, String message);
  }

  static final class Counts {
    int total;
    int imported;
    int skipped;
    int failed;
    int errors;
  }

  private void process(RowReader rows, ZipFile zip, Counts counts, Errors errors) throws IOException {
    List<String> header = rows.next();
    while (header != null && header.stream().allMatch(String::isBlank)) {
      header = rows.next();
    }
    if (header == null) {
      throw new ImportProblem("文件中没有表头行");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().replace("*", "").replace("＊", "");
      if (COLUMNS.containsKey(h)) {
        index.putIfAbsent(h, i);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new ImportProblem("缺少必需的列：" + String.join("、", missing) + "。表头应包含：" + String.join("、", COLUMNS.keySet()));
    }
    Map<String, Integer> zipNames = new HashMap<>();
    Map<String, ZipEntry> entries = new HashMap<>();
    if (zip != null) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
        String base = e.getName().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        entries.putIfAbsent(base, e);
        zipNames.merge(base, 1, Integer::sum);
      });
    }
    int line = 1;
    List<String> row;
    Chunk chunk = new Chunk();
    try {
      while ((row = rows.next()) != null) {
      line++;
      if (row.stream().allMatch(s -> s == null || s.isBlank())) {
        continue;
      }
      counts.total++;
      if (counts.total > MAX_ROWS) {
        errors.add(line, "", "一次最多导入" + MAX_ROWS + "行，其余行未处理，请拆分文件");
        counts.failed++;
        break;
      }
      Map<String, String> v = new HashMap<>();
      for (Map.Entry<String, Integer> e : index.entrySet()) {
        String cell = e.getValue() < row.size() ? row.get(e.getValue()) : "";
        v.put(e.getKey(), cell == null ? "" : cell.strip());
      }
      int before = counts.errors;
      chunk.begin();
      importRow(line, v, zip, entries, counts, errors);
      chunk.rowDone();
      if (counts.errors > before) {
        counts.failed++;
      }
      }
    } finally {
      chunk.commit(); // the good rows read so far stay imported even if the file breaks off later
    }
  }

  /** The current chunk transaction: committed every {@link #CHUNK} rows. */
  private final class Chunk {
    private org.springframework.transaction.TransactionStatus status;
    private int rows;

    void begin() {
      if (status == null) {
        status = transactions.getTransaction(new org.springframework.transaction.support.DefaultTransactionDefinition());
        rows = 0;
      }
    }

    void rowDone() {
      if (++rows >= CHUNK) {
        commit();
      }
    }

    void commit() {
      if (status != null) {
        org.springframework.transaction.TransactionStatus s = status;
        status = null;
        transactions.commit(s);
      }
    }

    void rollbackIfOpen() {
      if (status != null) {
        org.springframework.transaction.TransactionStatus s = status;
        status = null;
        transactions.rollback(s);
      }
    }
  }

  private void importRow(int line, Map<String, String> v, ZipFile zip, Map<String, ZipEntry> entries, Counts counts,
      Errors errors) {
    List<String[]> problems = new ArrayList<>();
    LocalDate written = date(v.get("成文日期"), "成文日期", problems);
    LocalDate published = date(v.get("发布日期"), "发布日期", problems);
    Validity validity = null;
    try {
      validity = Validity.fromLabelOrKey(v.get("有效性"));
    } catch (IllegalArgumentException e) {
      problems.add(new String[] {"有效性", e.getMessage()});
    }
    String category = blank(v.get("公开事项")) ? "OTHER" : v.get("公开事项");
    List<String> files = new ArrayList<>();
    if (!blank(v.get("附件"))) {
      for (String f : v.get("附件").split("[;；|]")) {
        if (!f.isBlank()) {
          String base = f.strip().replace('\\', '/');
          base = base.substring(base.lastIndexOf('/') + 1);
          if (zip == null) {
            problems.add(new String[] {"附件", "填写了附件“" + base + "”，但没有上传附件压缩包"});
          } else if (!entries.containsKey(base)) {
            problems.add(new String[] {"附件", "附件压缩包中没有文件“" + base + "”"});
          } else {
            files.add(base);
          }
        }
      }
    }
    if (v.getOrDefault("来源编号", "").length() > 100) {
      problems.add(new String[] {"来源编号", "来源编号不能超过100个字符"});
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> errors.add(line, p[0], p[1]));
      return;
    }
    ItemDraft draft = new ItemDraft(v.get("发布机构代码"), v.get("标题"), v.get("文号"), written, v.get("主题分类"),
        v.get("体裁分类"), category, v.getOrDefault("正文", ""), validity, false, null, v.get("来源编号"));
    try {
      OptionalLong id = nested.execute(s -> {
        OptionalLong created = publication.importItem(draft, published, v.get("索引号"));
        if (created.isPresent()) {
          for (String f : files) {
            long attachment = attachments.add(created.getAsLong(), f, read(zip, entries.get(f)));
            publication.attachmentAdded(created.getAsLong(), attachment);
          }
        }
        return created;
      });
      if (id != null && id.isPresent()) {
        counts.imported++;
      } else {
        counts.skipped++;
      }
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> errors.add(line, column(p.field()), p.message()));
    } catch (AccessDeniedException e) {
      errors.add(line, "发布机构代码", "无权导入机构“" + v.get("发布机构代码") + "”的信息");
    } catch (DataIntegrityViolationException e) {
      errors.add(line, "索引号", "索引号或来源编号与已有信息重复");
    } catch (org.gongkai.shared.ConflictException e) {
      errors.add(line, "发布机构代码", e.getMessage());
    } catch (RuntimeException e) {
      errors.add(line, "", "处理该行时出错，该行未导入");
    }
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] data = in.readNBytes((int) Attachments.MAX_BYTES + 1);
      if (data.length > Attachments.MAX_BYTES) {
        throw new InvalidInputException("attachments", "附件“" + entry.getName() + "”超过50MB");
      }
      return data;
    } catch (IOException e) {
      throw new InvalidInputException("attachments", "附件“" + entry.getName() + "”无法从压缩包中读取");
    }
  }

  private static String column(String field) {
    if (field == null) {
      return "";
    }
    for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
      if (e.getValue().equals(field)) {
        return e.getKey();
      }
    }
    return switch (field) {
      case "file" -> "附件";
      case "interpretsId" -> "体裁分类";
      default -> field;
    };
  }

  private static final Pattern CN_DATE = Pattern.compile("^(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?$");
  private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2})$");

  /** Reads 2020-05-12, 2020/5/12, 2020.5.12, 2020年5月12日, Excel's 5/12/20 and date serial numbers. */
  static LocalDate date(String s, String column, List<String[]> problems) {
    if (s == null || s.isBlank()) {
      if ("成文日期".equals(column)) {
        problems.add(new String[] {column, "成文日期不能为空"});
      }
      return null;
    }
    String t = s.strip();
    try {
      Matcher m = CN_DATE.matcher(t);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = US_DATE.matcher(t);
      if (m.matches()) {
        return LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (t.matches("\\d{5}(\\.0+)?")) {
        return DateUtil.getLocalDateTime(Double.parseDouble(t)).toLocalDate();
      }
      if (t.length() >= 10 && t.charAt(4) == '-' && t.length() <= 19) {
        return LocalDate.parse(t.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // fall through
    }
    problems.add(new String[] {column, column + "“" + (t.length() > 30 ? t.substring(0, 30) + "…" : t)
        + "”不是有效日期，应为 2020-05-12 这样的格式"});
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
