package org.gongkai.decision.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The database side of one import. Validated rows go to {@link #LANES} connections, split by their
 * natural key (so no two lanes ever touch the same row); each lane has its own transaction and a
 * writer thread, so parsing and validation on the caller's thread, the encoding here and the
 * database's work run at the same time on all cores.
 *
 * <p>Rows of an agency that has no decision at all yet (its first load) go with COPY straight into
 * {@code decision}: nothing can conflict, so no staging table, no sort in the database and no merge.
 * Such agencies are locked for the import (a transaction-level advisory lock), so a second import of
 * the same agency waits and then takes the merge path. A lane sorts its rows in blocks of {@link
 * #BLOCK_ROWS} by the primary key before it sends them: neighbouring keys land on the same index
 * pages, which saves about a third of the database's work per row compared with file order. All other rows go into
 * a temporary staging table per lane, merged at the end (changed rows updated, new keys inserted in
 * key order), both lanes in parallel. COPY uses PostgreSQL's binary format: the server need not
 * parse dates and escapes.
 *
 * <p>Commit: every lane's work succeeds before any commits; then the lanes commit, the first lane
 * (which holds the agency locks and the error report) last. A failure before that rolls back
 * everything. Only a crash between the lanes' commits could leave part of a file saved; a re-run of
 * the same file completes it without duplicates.
 */
final class CopyLanes implements AutoCloseable {

  /**
   * Two backends: on two cores the database's share of the work (two thirds of it) is spread over
   * both, next to the parsing thread. One lane costs about a quarter less database CPU (no
   * contention on the same index pages), but then one backend does all of the database's work.
   */
  static final int LANES = 2;

  /**
   * Rows a lane sorts and sends at a time (about 20 MB; a lane holds at most three blocks: one
   * filling, one waiting, one being written). Larger blocks sort more of the rows into neighbouring
   * keys and save a little more database work, at the price of memory.
   */
  static final int BLOCK_ROWS = 30_000;

  /** The columns of every COPY row, in this order. */
  static final String COLUMNS =
      "agency_code, kind, decision_number, decision_date, party_name, party_type, party_id, summary, legal_basis, publish_until,"
          + " withdrawn, withdrawn_at, import_id";

  private static final int LOCK_CLASS = 0x4443; // "DC": decision import, per agency

  /** A validated row, its personal data masked, ready for the database. */
  record Row(
      String agency, String kind, String number, LocalDate date, String party, String partyType, String partyId, String summary,
      String basis, LocalDate until, boolean withdrawn) {}

  /** The primary key's order (bytewise collation; UTF-16 order is the same outside surrogates). */
  private static final Comparator<Row> KEY_ORDER =
      Comparator.comparing(Row::agency).thenComparing(Row::number).thenComparing(Row::kind);

  private final Lane[] lanes;
  private final Set<String> fresh;

  private CopyLanes(Lane[] lanes, Set<String> fresh) {
    this.lanes = lanes;
    this.fresh = fresh;
  }

  /** Opens the lanes' connections and transactions and locks the agencies without any decision. */
  static CopyLanes open(DataSource dataSource, Set<String> agencies, Long importId) throws SQLException {
    Lane[] lanes = new Lane[LANES];
    try {
      for (int i = 0; i < lanes.length; i++) {
        lanes[i] = new Lane(i, dataSource.getConnection(), importId);
      }
      Connection first = lanes[0].connection;
      Set<String> fresh = withoutDecisions(first, agencies);
      if (!fresh.isEmpty()) {
        try (PreparedStatement ps = first.prepareStatement("select pg_advisory_xact_lock(?, hashtext(code)) from unnest(?) code order by code")) {
          ps.setInt(1, LOCK_CLASS);
          ps.setArray(2, first.createArrayOf("varchar", fresh.toArray()));
          ps.execute();
        }
        // another import may have loaded one of them while we waited for its lock
        fresh = withoutDecisions(first, fresh);
      }
      long now;
      try (Statement st = first.createStatement();
          ResultSet rs = st.executeQuery("select (extract(epoch from now()) * 1000000)::bigint")) {
        rs.next();
        now = rs.getLong(1);
      }
      for (Lane lane : lanes) {
        lane.start(now);
      }
      return new CopyLanes(lanes, fresh);
    } catch (SQLException | RuntimeException e) {
      for (Lane lane : lanes) {
        if (lane != null) {
          lane.close();
        }
      }
      throw e;
    }
  }

  private static Set<String> withoutDecisions(Connection c, Set<String> agencies) throws SQLException {
    Set<String> result = new HashSet<>();
    if (agencies.isEmpty()) {
      return result;
    }
    try (PreparedStatement ps =
        c.prepareStatement("select code from unnest(?) code where not exists (select 1 from decision d where d.agency_code = code)")) {
      Array codes = c.createArrayOf("varchar", agencies.toArray());
      ps.setArray(1, codes);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1));
        }
      }
    }
    return result;
  }

  /** The connection that holds the agency locks and stores the error report; it commits last. */
  Connection first() {
    return lanes[0].connection;
  }

  /** Adds a row; {@code keyHash} (its natural key's hash) picks the lane. */
  void add(Row row, long keyHash) throws SQLException {
    lanes[(int) ((keyHash >>> 1) % LANES)].add(row, fresh.contains(row.agency()));
  }

  /** What the lanes did in all. */
  record Outcome(long inserted, long updated, long mergeMillis) {}

  /** Sends the last rows, ends the COPYs, merges the staged rows; nothing is committed yet. */
  Outcome finish() throws SQLException {
    for (Lane lane : lanes) {
      lane.send(true);
      lane.send(false);
      lane.send(Block.END);
    }
    long inserted = 0;
    long updated = 0;
    long merge = 0;
    for (Lane lane : lanes) {
      lane.await();
      inserted += lane.inserted;
      updated += lane.updated;
      merge = Math.max(merge, lane.mergeMillis);
    }
    return new Outcome(inserted, updated, merge);
  }

  /** Commits every lane, the first one last. */
  void commit() throws SQLException {
    for (int i = lanes.length - 1; i >= 0; i--) {
      lanes[i].connection.commit();
    }
  }

  /** Rolls back what is not committed and gives the connections back. */
  @Override
  public void close() {
    for (Lane lane : lanes) {
      lane.close();
    }
  }

  /** Rows for one target: straight into decision, or into the staging table. END ends a lane. */
  private record Block(boolean direct, List<Row> rows) {
    static final Block END = new Block(false, List.of());
  }

  /** One connection, its transaction and its writer thread. */
  private static final class Lane {
    final int number;
    final Connection connection;
    private final Long importId;
    private List<Row> direct = new ArrayList<>();
    private List<Row> staged = new ArrayList<>();
    private final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(1);
    private final BinaryCopy out = new BinaryCopy(1 << 20);
    private Thread writer;
    private volatile Throwable failure;
    private final boolean autoCommit;
    private long startedMicros;
    long inserted;
    long updated;
    long mergeMillis;

    Lane(int number, Connection connection, Long importId) throws SQLException {
      this.number = number;
      this.connection = connection;
      this.importId = importId;
      this.autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement st = connection.createStatement()) {
        // the merge sorts the staged rows: in memory, not in temporary files (this transaction only)
        st.execute("set local work_mem = '256MB'");
      }
    }

    void start(long nowMicros) {
      startedMicros = nowMicros;
      writer = new Thread(this::write, "decision-import-" + number);
      writer.setDaemon(true);
      writer.start();
    }

    void add(Row row, boolean toDecision) throws SQLException {
      List<Row> rows = toDecision ? direct : staged;
      rows.add(row);
      if (rows.size() >= BLOCK_ROWS) {
        send(toDecision);
      }
    }

    /** Hands the rows of one target to the writer thread (blocks while the writer is behind). */
    void send(boolean toDecision) throws SQLException {
      List<Row> rows = toDecision ? direct : staged;
      if (rows.isEmpty()) {
        return;
      }
      if (toDecision) {
        direct = new ArrayList<>();
      } else {
        staged = new ArrayList<>();
      }
      send(new Block(toDecision, rows));
    }

    void send(Block block) throws SQLException {
      try {
        while (!queue.offer(block, 100, TimeUnit.MILLISECONDS)) {
          rethrow();
          if (!writer.isAlive()) {
            throw new IllegalStateException("decision import writer stopped");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("decision import interrupted", e);
      }
    }

    void await() throws SQLException {
      try {
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("decision import interrupted", e);
      }
      rethrow();
    }

    private void rethrow() throws SQLException {
      Throwable t = failure;
      if (t instanceof SQLException e) {
        throw e;
      } else if (t instanceof RuntimeException e) {
        throw e;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
    }

    /** The writer thread: COPY each block into its target, then merge the staged rows. */
    private void write() {
      CopyIn copy = null;
      boolean staging = false;
      try {
        while (true) {
          Block block = queue.take();
          if (block == Block.END) {
            break;
          }
          if (block.direct()) {
            block.rows().sort(KEY_ORDER);
          } else if (!staging) {
            try (Statement st = connection.createStatement()) {
              st.execute("create temp table decision_stage (like decision including defaults) on commit drop");
            }
            staging = true;
          }
          copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
              "COPY " + (block.direct() ? "decision" : "decision_stage") + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
          out.start();
          for (Row row : block.rows()) {
            encode(row);
            if (out.size() >= 1 << 19) {
              out.writeTo(copy);
            }
          }
          out.end();
          out.writeTo(copy);
          long rows = copy.endCopy();
          copy = null;
          if (block.direct()) {
            inserted += rows;
          }
        }
        long merging = System.nanoTime();
        if (staging) {
          merge();
        }
        mergeMillis = (System.nanoTime() - merging) / 1_000_000;
      } catch (Throwable e) {
        failure = e;
        try {
          if (copy != null && copy.isActive()) {
            copy.cancelCopy();
          }
        } catch (SQLException ignored) {
          // the transaction is rolled back anyway
        }
        queue.clear();
      }
    }

    private void encode(Row r) {
      out.tuple(13);
      out.text(r.agency());
      out.text(r.kind());
      out.text(r.number());
      out.date(r.date());
      out.text(r.party());
      out.text(r.partyType());
      out.text(r.partyId());
      out.text(r.summary());
      out.text(r.basis());
      out.date(r.until());
      out.bool(r.withdrawn());
      if (r.withdrawn()) {
        out.timestamp(startedMicros);
      } else {
        out.nullValue();
      }
      if (importId == null) {
        out.nullValue();
      } else {
        out.int8(importId);
      }
    }

    /**
     * Rows already stored and changed are updated; rows whose natural key is new are inserted in key
     * order. "on conflict do nothing" covers a concurrent import of the same key.
     */
    private void merge() throws SQLException {
      try (Statement st = connection.createStatement()) {
        st.execute("analyze decision_stage");
        updated += st.executeUpdate(
            """
            update decision d set
              decision_date = s.decision_date, party_name = s.party_name, party_type = s.party_type, party_id = s.party_id,
              summary = s.summary, legal_basis = s.legal_basis, publish_until = s.publish_until, withdrawn = s.withdrawn,
              withdrawn_at = case when s.withdrawn then coalesce(d.withdrawn_at, now()) end, import_id = s.import_id, updated_at = now()
              from decision_stage s
             where d.agency_code = s.agency_code and d.decision_number = s.decision_number and d.kind = s.kind
               and (d.decision_date, d.party_name, d.party_type, d.party_id, d.summary, d.legal_basis, d.publish_until, d.withdrawn)
                   is distinct from
                   (s.decision_date, s.party_name, s.party_type, s.party_id, s.summary, s.legal_basis, s.publish_until, s.withdrawn)""");
        inserted += st.executeUpdate(
            "insert into decision (" + COLUMNS + ") select " + COLUMNS + " from decision_stage s"
                + " where not exists (select 1 from decision d"
                + " where d.agency_code = s.agency_code and d.decision_number = s.decision_number and d.kind = s.kind)"
                + " order by agency_code, decision_number, kind on conflict do nothing");
      }
    }

    void close() {
      if (writer != null && writer.isAlive()) {
        writer.interrupt();
        try {
          writer.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      } catch (SQLException ignored) {
        // the pool discards a broken connection
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // nothing more to do
      }
    }
  }
}
