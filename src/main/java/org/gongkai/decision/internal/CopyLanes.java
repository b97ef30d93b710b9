package org.gongkai.decision.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The database side of one import. Validated rows are encoded in PostgreSQL's binary COPY format
 * (the server need not parse dates and escapes) and go to {@link #LANES} connections, an agency's
 * rows to one lane while the lanes stay balanced ({@link LaneChooser}), so no two lanes ever touch the
 * same row and seldom the same index pages. Each lane has its own transaction and a
 * writer thread: parsing and validation on the caller's thread and the database's work run at the
 * same time on all cores.
 *
 * <p>Rows of an agency that has no decision at all yet (its first load) go with COPY straight into
 * {@code decision}: nothing can conflict, so no staging table, no sort in the database and no merge.
 * The import's agencies are locked for it (transaction-level advisory locks), so a second import of
 * the same agency waits until the first has committed. The writer sends each block of {@link
 * #BLOCK_ROWS} rows sorted by the primary key: neighbouring keys land on the same index pages, which
 * saves about a third of the database's work per row compared with file order. For the rows of
 * agencies that have decisions the writer first asks which of the block's keys are stored (one query
 * per block, an index probe per key): the new ones go straight into {@code decision} like a first
 * load, the stored ones into a temporary staging table per lane, merged at the end (changed rows
 * updated), both lanes in parallel. Staging every such row and inserting the new ones from the
 * staging table (as until 30 November) made the daily case — new decisions of agencies that have
 * some — more than twice as slow as a first load: an INSERT ... SELECT inserts row by row, COPY in
 * batches. While the blocks of a lane are mostly stored keys (a re-sent file), they are staged
 * without probing and the merge inserts their new keys ({@link #REPROBE_BLOCKS}).
 *
 * <p>Commit: every lane's work succeeds before any commits; then the lanes commit, the first lane
 * (which holds the agency locks and the error report) last. A failure before that rolls back
 * everything. Only a crash between the lanes' commits could leave part of a file saved; a re-run of
 * the same file completes it without duplicates.
 */
final class CopyLanes implements AutoCloseable {

  /**
   * Two backends: on two cores the database's share of the work (three quarters of it) is spread
   * over both, next to the parsing thread. With one lane a file of 300 agencies took 8.9 s instead of
   * 7.1 s; three lanes on two cores only add switching.
   */
  static final int LANES = 2;

  /**
   * Rows a lane sorts and sends at a time: about 12 MB of encoded rows. A lane has two blocks per
   * target (one filling, one being written), reused for the whole import. Blocks of 100,000 rows
   * saved no measurable database work over 30,000.
   */
  static final int BLOCK_ROWS = 30_000;

  /** The columns of every COPY row, in this order. */
  static final String COLUMNS =
      "agency_code, kind, decision_number, decision_date, party_name, party_type, party_id, summary, legal_basis, publish_until,"
          + " withdrawn, withdrawn_at, import_id";

  private static final int LOCK_CLASS = 0x4443; // "DC": decision import, per agency

  /**
   * After a probed block with mostly stored keys (a re-sent file), the next blocks are staged without
   * probing — probing a stored key reads its row, as long as no vacuum has marked the page all-visible,
   * which made a re-run half as slow again — and one block in this many is probed to notice a change.
   */
  static final int REPROBE_BLOCKS = 8;

  /**
   * The 1-based positions of the given keys that decision has. The lateral subquery with its limit
   * keeps the plan a probe of the natural key's index per key: as a join, the planner chose to hash
   * the whole table for every block.
   */
  private static final String STORED_KEYS =
      """
      select s.i from unnest(?::varchar[], ?::varchar[], ?::varchar[]) with ordinality s(agency_code, decision_number, kind, i)
       cross join lateral (select 1 from decision d where d.agency_code = s.agency_code collate "C"
                              and d.decision_number = s.decision_number collate "C" and d.kind = s.kind collate "C" limit 1) stored""";

  /** A validated row, its personal data masked, ready for the database. */
  record Row(
      String agency, String kind, String number, LocalDate date, String party, String partyType, String partyId, String summary,
      String basis, LocalDate until, boolean withdrawn) {}

  private final Lane[] lanes;
  private final Set<String> fresh;
  /** An agency's lane may run one block ahead of the other before its rows are spread over both. */
  private final LaneChooser chooser = new LaneChooser(LANES, BLOCK_ROWS);

  private CopyLanes(Lane[] lanes, Set<String> fresh) {
    this.lanes = lanes;
    this.fresh = fresh;
  }

  /** Opens the lanes' connections and transactions and locks the import's agencies. */
  static CopyLanes open(DataSource dataSource, Set<String> agencies, Long importId) throws SQLException {
    Lane[] lanes = new Lane[LANES];
    try {
      for (int i = 0; i < lanes.length; i++) {
        lanes[i] = new Lane(i, dataSource.getConnection(), importId);
      }
      Connection first = lanes[0].connection;
      long started = now(first);
      for (Lane lane : lanes) {
        lane.startedMicros = started;
      }
      // Imports of the same agency run one after the other: two merges of the same keys at once would
      // each wait in one lane for the other import's lane, which waits for its import to commit.
      try (PreparedStatement ps = first.prepareStatement("select pg_advisory_xact_lock(?, hashtext(code)) from unnest(?) code order by code")) {
        ps.setInt(1, LOCK_CLASS);
        ps.setArray(2, first.createArrayOf("varchar", agencies.toArray()));
        ps.execute();
      }
      Set<String> fresh = withoutDecisions(first, agencies);
      for (Lane lane : lanes) {
        lane.start();
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

  /** The transaction's start in microseconds since 1970 (for withdrawn_at). */
  private static long now(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select (extract(epoch from now()) * 1000000)::bigint")) {
      rs.next();
      return rs.getLong(1);
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

  /** Adds a row; its agency and {@code keyHash}, its natural key's hash, pick the lane ({@link LaneChooser}). */
  void add(Row row, long keyHash) throws SQLException {
    lanes[chooser.lane(row.agency(), keyHash)].add(row, fresh.contains(row.agency()));
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

  /**
   * Encoded rows of one kind (first loads, which go straight into decision, or rows of agencies with
   * decisions, whose keys are checked first): the tuples one after the other, and where each ends;
   * for checked rows also their keys. Blocks are reused, so a large import makes little garbage.
   */
  static final class Block {
    static final Block END = new Block(false);

    final boolean direct;
    final BinaryCopy tuples = new BinaryCopy(1 << 20);
    final int[] ends = new int[BLOCK_ROWS + 1];
    final String[] agencies;
    final String[] numbers;
    final String[] kinds;
    int rows;

    Block(boolean direct) {
      this.direct = direct;
      int keys = direct ? 0 : BLOCK_ROWS;
      agencies = new String[keys];
      numbers = new String[keys];
      kinds = new String[keys];
    }

    /** Appends the row's tuple in COPY's binary format; {@code startedMicros} is its withdrawn_at if it is withdrawn. */
    void add(Row r, long startedMicros, Long importId) {
      if (!direct) {
        agencies[rows] = r.agency();
        numbers[rows] = r.number();
        kinds[rows] = r.kind();
      }
      BinaryCopy to = tuples;
      to.tuple(13);
      to.text(r.agency());
      to.text(r.kind());
      to.text(r.number());
      to.date(r.date());
      to.text(r.party());
      to.text(r.partyType());
      to.text(r.partyId());
      to.text(r.summary());
      to.text(r.basis());
      to.date(r.until());
      to.bool(r.withdrawn());
      if (r.withdrawn()) {
        to.timestamp(startedMicros);
      } else {
        to.nullValue();
      }
      if (importId == null) {
        to.nullValue();
      } else {
        to.int8(importId);
      }
      ends[++rows] = tuples.size();
    }

    boolean full() {
      return rows == BLOCK_ROWS;
    }

    void clear() {
      tuples.clear();
      if (!direct) {
        Arrays.fill(agencies, 0, rows, null);
        Arrays.fill(numbers, 0, rows, null);
        Arrays.fill(kinds, 0, rows, null);
      }
      rows = 0;
    }

    /**
     * The rows' order by primary key: agency, then decision number, then kind, bytewise as collate
     * "C". Comparing the tuples themselves cost about 60 ns a comparison (two cache misses in 10 MB of
     * tuples, then a long common prefix: an agency's numbers all begin alike, 渝綦市监罚〔2024〕…). So
     * the rows are first grouped by agency on the first 16 bytes of its code, then each agency's rows
     * are sorted on the 8 bytes of their numbers that follow the group's common prefix: both kept in
     * small arrays, so that nearly every comparison is of longs and the tuples are read only on a tie.
     * Sorting a million rows of 150 agencies per block: 0.95 s of CPU before, 0.57 s so.
     */
    int[] keyOrder() {
      int[] order = new int[rows];
      int[] scratch = new int[rows];
      sortKey = new long[rows];
      agencyRest = new long[rows];
      numberAt = new int[rows];
      kindAt = new int[rows];
      byte[] b = tuples.array();
      longAgencies = false;
      for (int i = 0; i < rows; i++) {
        order[i] = i;
        int agencyAt = ends[i] + 2;
        int agencyLength = BinaryCopy.length(b, agencyAt);
        sortKey[i] = prefix(b, agencyAt + 4, agencyLength, 0);
        agencyRest[i] = prefix(b, agencyAt + 4, agencyLength, 8);
        longAgencies |= agencyLength > 16;
        kindAt[i] = agencyAt + 4 + agencyLength;
        numberAt[i] = kindAt[i] + 4 + BinaryCopy.length(b, kindAt[i]);
      }
      byAgency = true;
      mergeSort(order, scratch, 0, rows);
      for (int from = 0; from < rows; ) {
        int to = from + 1;
        while (to < rows && compare(order[from], order[to]) == 0) {
          to++;
        }
        if (to - from > 1) {
          sortByNumber(b, order, scratch, from, to);
        }
        from = to;
      }
      sortKey = null;
      agencyRest = null;
      numberAt = null;
      kindAt = null;
      return order;
    }

    /**
     * Per row while sorting: its sort key (the agency code's first 8 bytes, then its number's 8 bytes
     * after the shared prefix, big-endian, zero-padded: no NUL in a stored text), its agency code's
     * next 8 bytes (codes such as 500101B01 have 9), where number and kind start.
     */
    private long[] sortKey;
    private long[] agencyRest;
    private int[] numberAt;
    private int[] kindAt;
    /** What compare() compares: agencies, or (rows of one agency) numbers, then kinds. */
    private boolean byAgency;
    /**
     * Some agency code of the block is longer than its 16 key bytes, some number of the agency being
     * sorted longer than its 8: equal keys do not mean equal values.
     */
    private boolean longAgencies;
    private boolean longNumbers;

    /** Sorts the rows order[from..to), all of one agency, by number and kind; leaves compare() comparing agencies. */
    private void sortByNumber(byte[] b, int[] order, int[] scratch, int from, int to) {
      int shared = sharedPrefix(b, order, from, to);
      longNumbers = false;
      for (int k = from; k < to; k++) {
        int row = order[k];
        int length = BinaryCopy.length(b, numberAt[row]);
        sortKey[row] = prefix(b, numberAt[row] + 4, length, shared);
        longNumbers |= length > shared + 8;
      }
      byAgency = false;
      mergeSort(order, scratch, from, to);
      byAgency = true;
    }

    private static long prefix(byte[] b, int at, int length, int skip) {
      long key = 0;
      for (int k = skip; k < skip + 8; k++) {
        key = key << 8 | (k < length ? b[at + k] & 0xFF : 0);
      }
      return key;
    }

    /** The bytes that the numbers of the rows order[from..to) all begin with. */
    private int sharedPrefix(byte[] b, int[] order, int from, int to) {
      int first = numberAt[order[from]];
      int shared = BinaryCopy.length(b, first);
      for (int k = from + 1; k < to && shared > 0; k++) {
        int other = numberAt[order[k]];
        int n = Math.min(shared, BinaryCopy.length(b, other));
        int mismatch = Arrays.mismatch(b, first + 4, first + 4 + n, b, other + 4, other + 4 + n);
        shared = mismatch < 0 ? n : mismatch;
      }
      return shared;
    }

    private void mergeSort(int[] a, int[] tmp, int from, int to) {
      if (to - from < 12) {
        for (int i = from + 1; i < to; i++) {
          int v = a[i];
          int j = i - 1;
          while (j >= from && compare(a[j], v) > 0) {
            a[j + 1] = a[j];
            j--;
          }
          a[j + 1] = v;
        }
        return;
      }
      int mid = (from + to) >>> 1;
      mergeSort(a, tmp, from, mid);
      mergeSort(a, tmp, mid, to);
      if (compare(a[mid - 1], a[mid]) <= 0) {
        return;
      }
      System.arraycopy(a, from, tmp, from, to - from);
      int i = from;
      int j = mid;
      for (int k = from; k < to; k++) {
        a[k] = j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0) ? tmp[i++] : tmp[j++];
      }
    }

    /** Compares rows x and y in the current phase: by agency alone, or (rows of one agency) by number, then kind. */
    private int compare(int x, int y) {
      long kx = sortKey[x];
      long ky = sortKey[y];
      if (kx != ky) {
        return Long.compareUnsigned(kx, ky);
      }
      byte[] b = tuples.array();
      if (byAgency) {
        int c = Long.compareUnsigned(agencyRest[x], agencyRest[y]);
        return c != 0 || !longAgencies ? c : BinaryCopy.compareField(b, ends[x] + 2, ends[y] + 2);
      }
      // equal keys of values no longer than their key bytes: equal values (the padding is 0, a text has no NUL)
      int c = longNumbers ? BinaryCopy.compareField(b, numberAt[x], numberAt[y]) : 0;
      return c != 0 ? c : BinaryCopy.compareField(b, kindAt[x], kindAt[y]);
    }
  }

  /** One connection, its transaction and its writer thread. */
  private static final class Lane {
    final int number;
    final Connection connection;
    private final Long importId;
    /** The first lane's transaction start, for withdrawn_at. */
    long startedMicros;
    /** Blocks the writer has finished with, per target, for the caller to fill again. */
    private final BlockingQueue<Block> freeDirect = new ArrayBlockingQueue<>(2);
    private final BlockingQueue<Block> freeStaged = new ArrayBlockingQueue<>(2);
    private Block direct = new Block(true);
    private Block staged = new Block(false);
    private final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(2);
    private final BinaryCopy out = new BinaryCopy(1 << 16);
    private CopyIn activeCopy;
    /** The last probed block had mostly new keys: probe the next one too. */
    private boolean mostlyNew = true;
    /** Blocks staged without probing since the last probe. */
    private int unprobed;
    /** Some staged rows were not probed: the merge must insert those that are new. */
    private boolean unprobedStaged;
    private Thread writer;
    private volatile Throwable failure;
    private final boolean autoCommit;
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
        // the merge joins the staged rows by hash: in memory, not in temporary files (this transaction only)
        st.execute("set local work_mem = '256MB'");
      }
      freeDirect.add(new Block(true));
      freeStaged.add(new Block(false));
    }

    void start() {
      writer = new Thread(this::write, "decision-import-" + number);
      writer.setDaemon(true);
      writer.start();
    }

    void add(Row row, boolean toDecision) throws SQLException {
      Block block = toDecision ? direct : staged;
      block.add(row, startedMicros, importId);
      if (block.full()) {
        send(toDecision);
      }
    }

    /** Hands the block of one target to the writer thread and takes an empty one (waits while the writer is behind). */
    void send(boolean toDecision) throws SQLException {
      Block block = toDecision ? direct : staged;
      if (block.rows == 0) {
        return;
      }
      send(block);
      Block next = take(toDecision ? freeDirect : freeStaged);
      next.clear();
      if (toDecision) {
        direct = next;
      } else {
        staged = next;
      }
    }

    void send(Block block) throws SQLException {
      try {
        while (!queue.offer(block, 100, TimeUnit.MILLISECONDS)) {
          alive();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("decision import interrupted", e);
      }
    }

    private Block take(BlockingQueue<Block> free) throws SQLException {
      try {
        Block block;
        while ((block = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
          alive();
        }
        return block;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("decision import interrupted", e);
      }
    }

    private void alive() throws SQLException {
      rethrow();
      if (!writer.isAlive()) {
        throw new IllegalStateException("decision import writer stopped");
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

    /**
     * The writer thread: each block into decision in key order — of a block of agencies with
     * decisions only its new keys, its stored ones into the staging table — then the merge.
     */
    private void write() {
      boolean staging = false;
      try {
        while (true) {
          Block block = queue.take();
          if (block == Block.END) {
            break;
          }
          int[] order = block.keyOrder();
          // the rows that go to the staging table: none of a first load, the stored keys of a probed block, all of an unprobed one
          boolean[] toStage = new boolean[block.rows];
          if (!block.direct) {
            if (mostlyNew || ++unprobed >= REPROBE_BLOCKS) {
              toStage = storedKeys(block, order);
              unprobed = 0;
              mostlyNew = count(toStage, block.rows) * 2 < block.rows;
            } else {
              // mostly stored keys lately: the whole block to the staging table, the merge inserts its new keys
              Arrays.fill(toStage, true);
              unprobedStaged = true;
            }
          }
          int staged = count(toStage, block.rows);
          if (staged < block.rows) {
            inserted += copy("decision", block, order, toStage, false);
          }
          if (staged > 0) {
            if (!staging) {
              try (Statement st = connection.createStatement()) {
                st.execute("create temp table decision_stage (like decision including defaults) on commit drop");
              }
              staging = true;
            }
            copy("decision_stage", block, order, toStage, true);
          }
          (block.direct ? freeDirect : freeStaged).add(block);
        }
        long merging = System.nanoTime();
        if (staging) {
          merge();
        }
        mergeMillis = (System.nanoTime() - merging) / 1_000_000;
      } catch (Throwable e) {
        failure = e;
        try {
          if (activeCopy != null && activeCopy.isActive()) {
            activeCopy.cancelCopy();
          }
        } catch (SQLException ignored) {
          // the transaction is rolled back anyway
        }
        queue.clear();
      }
    }

    private static int count(boolean[] flags, int rows) {
      int n = 0;
      for (int i = 0; i < rows; i++) {
        if (flags[i]) {
          n++;
        }
      }
      return n;
    }

    /** COPYs the block's rows whose {@code toStage} flag is {@code staged} into {@code table}, in key order. */
    private long copy(String table, Block block, int[] order, boolean[] toStage, boolean staged) throws SQLException {
      activeCopy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "COPY " + table + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
      out.start();
      byte[] tuples = block.tuples.array();
      for (int i : order) {
        if (toStage[i] == staged) {
          out.bytes(tuples, block.ends[i], block.ends[i + 1] - block.ends[i]);
          if (out.size() >= 1 << 15) {
            out.writeTo(activeCopy);
          }
        }
      }
      out.end();
      out.writeTo(activeCopy);
      long rows = activeCopy.endCopy();
      activeCopy = null;
      return rows;
    }

    /**
     * Which of the block's keys {@code decision} has already: one query, an index probe per key, the
     * keys in index order (each probe finds the pages of the one before in the cache).
     */
    private boolean[] storedKeys(Block block, int[] order) throws SQLException {
      boolean[] stored = new boolean[block.rows];
      String[] agencies = new String[order.length];
      String[] numbers = new String[order.length];
      String[] kinds = new String[order.length];
      for (int j = 0; j < order.length; j++) {
        agencies[j] = block.agencies[order[j]];
        numbers[j] = block.numbers[order[j]];
        kinds[j] = block.kinds[order[j]];
      }
      try (PreparedStatement ps = connection.prepareStatement(STORED_KEYS)) {
        ps.setArray(1, connection.createArrayOf("varchar", agencies));
        ps.setArray(2, connection.createArrayOf("varchar", numbers));
        ps.setArray(3, connection.createArrayOf("varchar", kinds));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored[order[rs.getInt(1) - 1]] = true;
          }
        }
      }
      return stored;
    }

    /**
     * Staged rows that differ from what is stored are updated; staged rows of blocks that were not
     * probed and whose key is new are inserted, in key order.
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
        if (unprobedStaged) {
          // no "on conflict": the import's agencies are locked, so a conflict would be a defect, not a race
          inserted += st.executeUpdate(
              "insert into decision (" + COLUMNS + ") select " + COLUMNS + " from decision_stage s"
                  + " where not exists (select 1 from decision d"
                  + " where d.agency_code = s.agency_code and d.decision_number = s.decision_number and d.kind = s.kind)"
                  + " order by agency_code, decision_number, kind");
        }
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
