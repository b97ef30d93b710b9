package org.gongkai.decision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs decision imports for members of staff: records each run, keeps rows within the importer's
 * reach, audits the outcome and serves the error report.
 */
@Service
public class DecisionImports {

  private static final Logger log = LoggerFactory.getLogger(DecisionImports.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The file formats of an import. */
  public enum Format {
    CSV, XLSX, JSON
  }

  private final DecisionImporter importer;
  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Agencies agencies;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final long maxBytes;

  DecisionImports(
      DecisionImporter importer, JdbcClient jdbc, AccessPolicy access, Agencies agencies, AuditLog audit,
      TransactionTemplate tx, @Value("${gongkai.decisions.import.max-mb:50}") long maxMb) {
    this.importer = importer;
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
    this.tx = tx;
    this.maxBytes = maxMb * 1024 * 1024;
  }

  /** The size limit of one import in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The format a file name says, or a failure naming the accepted ones. */
  public static Format formatOf(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase();
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Format.CSV;
    }
    if (name.endsWith(".xlsx")) {
      return Format.XLSX;
    }
    if (name.endsWith(".xls")) {
      throw new ImportFailure("不支持旧版 Excel（.xls）文件；请另存为 .xlsx 或 CSV 后上传");
    }
    if (name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Format.JSON;
    }
    throw new ImportFailure("不支持的文件类型；请上传 CSV（.csv）、Excel（.xlsx）或 JSON 文件");
  }

  /**
   * One finished run: the importer's result, or the failure of the whole file.
   *
   * @param failure the Chinese message of a whole-file failure (nothing saved), or null
   */
  public record Outcome(long importId, DecisionImporter.Result result, String failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * Imports the stream as the current member of staff; rows may name any agency the member may
   * see; {@code defaultAgency} fills rows without an agency column.
   */
  public Outcome run(InputStream in, Format format, String fileName, String defaultAgency, String sourceLabel) {
    var me = access.requireCurrent();
    if (defaultAgency != null) {
      access.requireSee(defaultAgency);
    }
    Set<String> reach = access.visibleAgencies().stream().map(Agency::code).collect(Collectors.toSet());
    long id =
        jdbc.sql("insert into decision_import (created_by, agency_code, source, file_name) values (?, ?, ?, ?) returning id")
            .params(me.getUsername(), defaultAgency != null ? defaultAgency : me.agencyCode(), sourceLabel, clip(fileName, 300))
            .query(Long.class)
            .single();
    InputStream limited = new LimitedInputStream(in, maxBytes);
    RowSource source =
        switch (format) {
          case CSV -> new CsvSource(limited);
          case XLSX -> new XlsxSource(limited);
          case JSON -> new JsonSource(limited);
        };
    long started = System.nanoTime();
    try {
      DecisionImporter.Result result =
          importer.run(id, source, new DecisionImporter.Options(reach, defaultAgency, LocalDate.now(CHINA)));
      long ms = (System.nanoTime() - started) / 1_000_000;
      tx.executeWithoutResult(s -> {
        jdbc.sql(
                "update decision_import set status = 'DONE', total_rows = ?, inserted = ?, updated = ?, rejected = ?, finished_at = now()"
                    + " where id = ?")
            .params(result.rows(), result.inserted(), result.updated(), result.rejected(), id)
            .update();
        audit.record(
            "DECISIONS_IMPORTED", "decision_import", String.valueOf(id),
            "导入处理决定：共 " + result.rows() + " 行，新增 " + result.inserted() + "，更新 " + result.updated() + "，未变 "
                + result.unchanged() + "，有误 " + result.rejected(),
            (fileName == null ? sourceLabel : fileName) + "，用时 " + ms + " 毫秒");
      });
      return new Outcome(id, result, null);
    } catch (ImportFailure e) {
      fail(id, e.getMessage(), fileName);
      return new Outcome(id, null, e.getMessage());
    } catch (IOException e) {
      String message = "读取上传内容时中断（" + e.getClass().getSimpleName() + "），未保存任何数据；请重新上传";
      fail(id, message, fileName);
      return new Outcome(id, null, message);
    } catch (SQLException | RuntimeException e) {
      log.error("Decision import {} failed", id, e);
      String message = "导入时数据库出错，未保存任何数据；请稍后重试或联系管理员";
      fail(id, message, fileName);
      return new Outcome(id, null, message);
    }
  }

  private void fail(long id, String message, String fileName) {
    tx.executeWithoutResult(s -> {
      jdbc.sql("update decision_import set status = 'FAILED', message = ?, finished_at = now() where id = ?").params(message, id).update();
      audit.record("DECISION_IMPORT_FAILED", "decision_import", String.valueOf(id), "处理决定导入失败：" + clip(message, 200), fileName);
    });
  }

  /** A past run, as the import page lists it. */
  public record ImportRun(
      long id, String createdBy, String agencyCode, String source, String fileName, String status, long totalRows,
      long inserted, long updated, long rejected, String message, Instant startedAt, Instant finishedAt) {
    public String statusLabel() {
      return switch (status) {
        case "DONE" -> "已完成";
        case "FAILED" -> "失败";
        default -> "进行中";
      };
    }
  }

  /** The latest runs of the agencies the current member of staff may see. */
  public List<ImportRun> recent(int limit) {
    List<String> codes = access.visibleAgencies().stream().map(Agency::code).toList();
    return jdbc.sql("select * from decision_import where agency_code = any(?) order by id desc limit ?")
        .params(codes.toArray(String[]::new), limit)
        .query(DecisionImports::run)
        .list();
  }

  /** A run the current member of staff may see. */
  public ImportRun require(long id) {
    ImportRun run =
        jdbc.sql("select * from decision_import where id = ?").param(id).query(DecisionImports::run).optional()
            .orElseThrow(() -> new NotFoundException("未找到该导入记录"));
    access.requireSee(run.agencyCode());
    return run;
  }

  /** The rejected rows of a run, in row order. */
  public List<DecisionImporter.RowError> errors(long id, int limit) {
    require(id);
    return jdbc.sql("select row_number, column_name, message from decision_import_error where import_id = ? order by row_number limit ?")
        .params(id, limit)
        .query((rs, n) -> new DecisionImporter.RowError(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private static ImportRun run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ImportRun(
        rs.getLong("id"), rs.getString("created_by"), rs.getString("agency_code"), rs.getString("source"),
        rs.getString("file_name"), rs.getString("status"), rs.getLong("total_rows"), rs.getLong("inserted"),
        rs.getLong("updated"), rs.getLong("rejected"), rs.getString("message"),
        rs.getTimestamp("started_at").toInstant(),
        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
