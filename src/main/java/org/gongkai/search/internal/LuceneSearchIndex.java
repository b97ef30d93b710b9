package org.gongkai.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.search.IndexStats;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchResults.FacetCount;
import org.gongkai.search.SearchSource;

/**
 * The in-process index: Lucene 9 in a directory (under {@code ${gongkai.data-dir}/search-index} in
 * the application, in memory in tests). Thread-safe; searches see the last commit.
 */
public class LuceneSearchIndex implements SearchIndex, Closeable {

  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String AGENCY = "agency";
  static final String CATEGORY = "category";
  static final String SUBJECT = "subject";
  static final String GENRE = "genre";
  static final String VALIDITY = "validity";
  static final String NUMBER = "docno";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_SORT = "published_sort";
  static final String FACET_CATEGORY = "f_category";
  static final String FACET_SUBJECT = "f_subject";
  static final String FACET_GENRE = "f_genre";
  static final String FACET_YEAR = "f_year";
  static final String FACET_AGENCY = "f_agency";
  static final String FACET_VALIDITY = "f_validity";
  private static final String[] FACETS = {FACET_CATEGORY, FACET_SUBJECT, FACET_GENRE, FACET_YEAR, FACET_AGENCY, FACET_VALIDITY};

  /** Segments a rebuilt index is merged into (docs/benchmarks.md, Search, run 4). */
  static final int SEGMENTS_AFTER_REBUILD = 4;

  /** Segments of about the same size the merge policy allows before merging them. */
  static final int SEGMENTS_PER_TIER = 4;

  /** Searches whose totals and facet counts are kept (a few KB each) until the index changes. */
  static final int COUNTS_CACHED = 2_000;

  /** Size below which segments are merged as if they had it (TieredMergePolicy's floor). */
  static final double FLOOR_SEGMENT_MB = 64;

  /** Stored bodies are cut here: enough for any snippet, bounded for the index size. */
  static final int STORED_BODY = 20_000;

  /**
   * The layout of the documents ({@link #toDocument}); an index written with another one is rebuilt
   * when the application starts. 2: the {@code all_b} match field, no smartcn words of the body.
   * 3: segments sorted {@link #BY_DATE}, newest first (what {@link RelevanceCollector} relies on).
   */
  static final String LAYOUT = "3";

  /** Tokens for matching only: which documents contain them, nothing else. */
  private static final FieldType MATCH_ONLY = matchOnly();

  private static final String LAYOUT_KEY = "gongkai.layout";
  private static final String REBUILT_AT = "gongkai.rebuilt-at";
  private static final String REBUILT_DOCS = "gongkai.rebuilt-docs";
  private static final String REBUILT_MILLIS = "gongkai.rebuilt-millis";

  private final Directory directory;
  private final QueryBuilder queries = new QueryBuilder();
  private final int threads;
  private final Object writeLock = new Object();
  /**
   * Searches running at once: one per core, the others wait their turn. Eight searches sharing two
   * cores each take four times as long (a heavy one 80 ms instead of 20), and a thread that holds one
   * of Lucene's query-cache locks when its time slice ends holds up all the others; in turn, each runs
   * at full speed (docs/benchmarks.md, Search).
   */
  private final java.util.concurrent.Semaphore searching;
  /** Totals and facet counts of recent searches on the current reader. */
  private final CountsCache countsCache = new CountsCache(COUNTS_CACHED);
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;

  public LuceneSearchIndex(Directory directory, int threads) {
    this.directory = directory;
    this.threads = Math.max(1, threads);
    this.searching = new java.util.concurrent.Semaphore(this.threads, true);
    open();
  }

  /** Opens (or creates) the index in a directory of the file system. */
  public static LuceneSearchIndex open(Path path) {
    try {
      Files.createDirectories(path);
      return new LuceneSearchIndex(FSDirectory.open(path), Runtime.getRuntime().availableProcessors());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index in " + path, e);
    }
  }

  private void open() {
    try {
      // the last commit's data, or for a new index this version's layout from its first document on
      Map<String, String> data = DirectoryReader.indexExists(directory)
          ? new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData())
          : new HashMap<>(Map.of(LAYOUT_KEY, LAYOUT));
      // An index of an older layout stays readable (and searchable) as it is until the rebuild the
      // application starts for it; IndexWriter cannot sort existing segments, so it opens unsorted.
      boolean current = LAYOUT.equals(data.get(LAYOUT_KEY));
      IndexWriter w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, current));
      if (!data.isEmpty()) {
        w.setLiveCommitData(data.entrySet());
      }
      writer = w;
      searchers = new SearcherManager(w, true, false, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
  }

  /** Whether the writer sorts its segments {@link #BY_DATE}; not while an older layout is open. */
  private boolean sorted() {
    return writer.getConfig().getIndexSort() != null;
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, boolean sorted) {
    IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.indexing());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(128);
    // Fewer, larger segments than Lucene's default (10 per tier): every search pays a fixed cost per
    // segment, and this index takes a few writes a minute, so the extra merging is cheap.
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setSegmentsPerTier(SEGMENTS_PER_TIER);
    // Segments below 64 MB count as 64 MB when the policy decides, so the small ones that a few
    // publications a minute leave behind are merged together soon instead of piling up (each costs
    // every search a fixed amount; Lucene 10 raises its own default for the same reason).
    merges.setFloorSegmentMB(FLOOR_SEGMENT_MB);
    config.setMergePolicy(merges);
    if (sorted) {
      config.setIndexSort(BY_DATE);
    }
    return config;
  }

  // ---------------------------------------------------------------- writing

  @Override
  public void upsert(SearchDocument document) {
    if (!document.published()) {
      delete(document.id());
      return;
    }
    try {
      writer.updateDocument(new Term(ID, Long.toString(document.id())), toDocument(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(long id) {
    try {
      writer.deleteDocuments(new Term(ID, Long.toString(id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void commit() {
    synchronized (writeLock) {
      try {
        writer.commit();
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public long rebuild(SearchSource source) {
    synchronized (writeLock) {
      long started = System.nanoTime();
      AtomicLong count = new AtomicLong();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
          new ArrayBlockingQueue<>(threads * 256), r -> {
            Thread t = new Thread(r, "search-rebuild");
            t.setDaemon(true);
            return t;
          }, new ThreadPoolExecutor.CallerRunsPolicy());
      SearcherManager previous = null;
      try {
        if (sorted()) {
          writer.deleteAll();
        } else {
          // from an older layout: a new, sorted index in the same directory; searches keep the old
          // one's reader until the new one is committed (a failure rolls back to the old one)
          previous = searchers;
          writer.close();
          writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, true));
        }
        IndexWriter target = writer;
        source.forEachPublished(document -> {
          if (failure.get() != null || !document.published()) {
            return;
          }
          pool.execute(() -> {
            try {
              target.addDocument(toDocument(document));
              count.incrementAndGet();
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            }
          });
        });
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        if (failure.get() != null) {
          throw new IllegalStateException("Rebuilding the search index failed", failure.get());
        }
        // at 1,000,000 items: 24 segments -> 4 in about 12 s; searches then cost 6.4 instead of 10.1 ms
        writer.forceMerge(SEGMENTS_AFTER_REBUILD);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> data = new HashMap<>();
        data.put(LAYOUT_KEY, LAYOUT);
        data.put(REBUILT_AT, Instant.now().toString());
        data.put(REBUILT_DOCS, Long.toString(count.get()));
        data.put(REBUILT_MILLIS, Long.toString(millis));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        if (previous != null) {
          searchers = new SearcherManager(writer, true, false, null);
          previous.close();
          previous = null;
        } else {
          searchers.maybeRefreshBlocking();
        }
        return count.get();
      } catch (IOException | InterruptedException | RuntimeException e) {
        pool.shutdownNow();
        if (previous != null && previous != searchers) {
          closeQuietly(previous);
        }
        rollback();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw e instanceof RuntimeException r ? r : new IllegalStateException("Rebuilding the search index failed", e);
      }
    }
  }

  /** Drops every change since the last commit (a failed rebuild) and reopens the writer. */
  private void rollback() {
    closeQuietly(searchers);
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // reopened below
    }
    open();
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException ignored) {
      // already closed
    }
  }

  /** The Lucene document of an item; public for the benchmarks, which index the same documents. */
  public static Document toDocument(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
    doc.add(new NumericDocValuesField(ID_SORT, d.id()));
    String title = nz(d.title());
    String body = nz(d.body());
    doc.add(new TextField(ChineseAnalysis.TITLE_WORDS, title, Field.Store.NO));
    doc.add(new TextField(ChineseAnalysis.TITLE_BIGRAMS, title, Field.Store.NO));
    doc.add(new TextField(ChineseAnalysis.BODY_BIGRAMS, body, Field.Store.NO));
    doc.add(new Field(ChineseAnalysis.ALL_BIGRAMS, title, MATCH_ONLY));
    doc.add(new Field(ChineseAnalysis.ALL_BIGRAMS, body, MATCH_ONLY));
    doc.add(new StoredField("s_title", title));
    doc.add(new StoredField("s_body", body.length() > STORED_BODY ? body.substring(0, STORED_BODY) : body));
    storeIfPresent(doc, "s_index", d.indexNumber());
    storeIfPresent(doc, "s_agency", d.agencyCode());
    storeIfPresent(doc, "s_agency_name", d.agencyName());
    if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
      String number = DocumentNumbers.normalise(d.documentNumber());
      doc.add(new StringField(NUMBER, number, Field.Store.NO));
      doc.add(new TextField(ChineseAnalysis.NUMBER_BIGRAMS, number, Field.Store.NO));
      doc.add(new Field(ChineseAnalysis.ALL_BIGRAMS, number, MATCH_ONLY));
      doc.add(new StoredField("s_docno", d.documentNumber()));
    }
    keyword(doc, CATEGORY, FACET_CATEGORY, "s_category", d.category());
    keyword(doc, SUBJECT, FACET_SUBJECT, "s_subject", d.subject());
    keyword(doc, GENRE, FACET_GENRE, "s_genre", d.genre());
    keyword(doc, VALIDITY, FACET_VALIDITY, "s_validity", d.validity());
    String[] path = agencyPath(d);
    for (int i = 0; i < path.length; i++) {
      doc.add(new StringField(AGENCY, path[i], Field.Store.NO));
      doc.add(new SortedSetDocValuesField(FACET_AGENCY, new BytesRef((i == 0 ? "" : path[i - 1]) + ">" + path[i])));
    }
    LocalDate published = d.publishedOn();
    if (published != null) {
      doc.add(new LongPoint(PUBLISHED, published.toEpochDay()));
      doc.add(new NumericDocValuesField(PUBLISHED_SORT, published.toEpochDay()));
      doc.add(new StoredField("s_published", published.toString()));
      doc.add(new SortedSetDocValuesField(FACET_YEAR, new BytesRef(Integer.toString(published.getYear()))));
    } else {
      doc.add(new NumericDocValuesField(PUBLISHED_SORT, Long.MIN_VALUE));
    }
    return doc;
  }

  private static FieldType matchOnly() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.freeze();
    return type;
  }

  private static String[] agencyPath(SearchDocument d) {
    String path = d.agencyPath();
    if (path == null || path.isBlank()) {
      return d.agencyCode() == null || d.agencyCode().isBlank() ? new String[0] : new String[] {d.agencyCode()};
    }
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).toArray(String[]::new);
  }

  private static void keyword(Document doc, String field, String facet, String stored, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.NO));
    if (facet != null) {
      doc.add(new SortedSetDocValuesField(facet, new BytesRef(value)));
    }
    doc.add(new StoredField(stored, value));
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------- searching

  /** Best match first, then newer, then the larger id: a total order, so pages never overlap. */
  static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED_SORT, SortField.Type.LONG, true), new SortField(ID_SORT, SortField.Type.LONG, true));

  /** Newest first, then the larger id. */
  static final Sort BY_DATE = new Sort(new SortField(PUBLISHED_SORT, SortField.Type.LONG, true), new SortField(ID_SORT, SortField.Type.LONG, true));

  /** The scoring query of a text (null if it has nothing to search for); public for the benchmarks. */
  public static Query textQuery(String text) {
    return new QueryBuilder().build(text).query();
  }

  /** The very query {@link #search} runs for a search, filters included; public for the benchmarks. */
  public static Query luceneQuery(SearchQuery q) {
    Query text = textQuery(q.text());
    return withFilters(text == null ? new MatchAllDocsQuery() : text, q);
  }

  /**
   * The two queries {@link #search} runs for a relevance search instead of {@link #luceneQuery}
   * (the matches with a score, then the others by date), filters included; null if the text has a
   * quoted phrase. Public for the benchmarks.
   */
  public static Query[] splitQueries(SearchQuery q) {
    QueryBuilder.Built built = new QueryBuilder().build(q.text());
    return built.scored() == null ? null : new Query[] {withFilters(built.scored(), q), withFilters(built.unscored(), q)};
  }

  /** The order {@link #search} sorts a search's hits in; public for the benchmarks. */
  public static Sort sortOf(SearchQuery q) {
    return textQuery(q.text()) != null && q.sort() == SearchQuery.Sort.RELEVANCE ? BY_RELEVANCE : BY_DATE;
  }

  /** The facet counting of {@link #search}; public for the benchmarks. */
  public static CollectorManager<? extends Collector, ?> facetCounting() {
    return FacetCounter.manager(FACETS);
  }

  @Override
  public SearchResults search(SearchQuery q) {
    searching.acquireUninterruptibly();
    try {
      return searchNow(q);
    } finally {
      searching.release();
    }
  }

  /** The turns of {@link #search}: one permit per core; for tests. */
  java.util.concurrent.Semaphore searchTurns() {
    return searching;
  }

  private SearchResults searchNow(SearchQuery q) {
    QueryBuilder.Built built = queries.build(q.text());
    Query query = withFilters(built.query() == null ? new MatchAllDocsQuery() : built.query(), q);
    boolean relevance = built.query() != null && q.sort() == SearchQuery.Sort.RELEVANCE;
    Snippets snippets = new Snippets(built.highlight());
    int wanted = q.page() * q.size();
    try {
      SearcherManager manager = searchers;
      IndexSearcher searcher = manager.acquire();
      try {
        ScoreDoc[] docs;
        if (relevance && built.scored() != null) {
          // Only the matches whose title or 文号 carries a term have a score; all others score zero
          // and follow them newest first. So the scored ones are found through the (short) title
          // postings, the rest only when the page reaches past them, sorted by date. Same order as
          // one scored pass over all matches, a fraction of its cost (docs/benchmarks.md).
          Weight coverage = searcher.createWeight(searcher.rewrite(built.coverage()), ScoreMode.COMPLETE_NO_SCORES, 1f);
          RelevanceCollector scored = searcher.search(withFilters(built.scoring(), q), RelevanceCollector.manager(wanted, coverage));
          docs = scored.topDocs();
          if (scored.hits() < wanted) {
            ScoreDoc[] rest = searcher.search(withFilters(built.unscored(), q), wanted - (int) scored.hits(), BY_DATE, false).scoreDocs;
            ScoreDoc[] merged = java.util.Arrays.copyOf(docs, docs.length + rest.length);
            System.arraycopy(rest, 0, merged, docs.length, rest.length);
            docs = merged;
          }
        } else if (relevance) {
          docs = searcher.search(query, RelevanceCollector.manager(wanted)).topDocs();
        } else {
          // the index is sorted by date: the newest matches come first in every segment
          docs = searcher.search(query, wanted, BY_DATE, false).scoreDocs;
        }
        // The total and the facets come from a pass that scores nothing, or from the counts of the
        // same search on this reader.
        CountsCache.Counts counts = countsCache.get(searcher.getIndexReader(), query, q.agency(), q.facets(), () -> {
          if (q.facets()) {
            FacetCounter counter = searcher.search(query, FacetCounter.manager(FACETS));
            return new CountsCache.Counts(counter.total, facets(counter, q.agency()));
          }
          return new CountsCache.Counts(searcher.count(query), Map.of());
        });
        long total = counts.total();
        Map<String, List<FacetCount>> facets = counts.facets();
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = (q.page() - 1) * q.size(); i < docs.length; i++) {
          float score = relevance && docs[i] instanceof FieldDoc field && field.fields[0] instanceof Float f ? f : 0f;
          hits.add(hit(stored.document(docs[i].doc), score, snippets));
        }
        return new SearchResults(total, q.page(), q.size(), hits, facets);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query withFilters(Query main, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(main, Occur.MUST);
    filter(b, AGENCY, q.agency());
    filter(b, CATEGORY, q.category());
    filter(b, SUBJECT, q.subject());
    filter(b, GENRE, q.genre());
    filter(b, VALIDITY, q.validity());
    if (q.documentNumber() != null && !q.documentNumber().isBlank()) {
      b.add(new PrefixQuery(new Term(NUMBER, DocumentNumbers.normalise(q.documentNumber()))), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
    }
  }

  private static SearchHit hit(Document d, float score, Snippets snippets) {
    String title = d.get("s_title");
    String published = d.get("s_published");
    return new SearchHit(
        Long.parseLong(d.get(ID)),
        d.get("s_index"),
        title,
        snippets.highlightAll(title),
        d.get("s_agency"),
        d.get("s_agency_name"),
        d.get("s_category"),
        d.get("s_subject"),
        d.get("s_genre"),
        d.get("s_docno"),
        d.get("s_validity"),
        published == null ? null : LocalDate.parse(published),
        snippets.snippet(d.get("s_body")),
        Float.isNaN(score) ? 0f : score);
  }

  private static Map<String, List<FacetCount>> facets(FacetCounter counter, String agency) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    facets.put("category", top(counter.counts.get(FACET_CATEGORY), false));
    facets.put("subject", top(counter.counts.get(FACET_SUBJECT), false));
    facets.put("genre", top(counter.counts.get(FACET_GENRE), false));
    facets.put("year", top(counter.counts.get(FACET_YEAR), true));
    facets.put("agency", agencyFacet(counter.counts.get(FACET_AGENCY), agency));
    facets.put("validity", top(counter.counts.get(FACET_VALIDITY), false));
    return facets;
  }

  private static List<FacetCount> top(Map<String, Long> counts, boolean byValueDescending) {
    Comparator<Map.Entry<String, Long>> order = byValueDescending
        ? Map.Entry.<String, Long>comparingByKey().reversed()
        : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    return counts.entrySet().stream().sorted(order).limit(30).map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }

  /** The children of the filtered agency (or of the single top agency), and the agency's own items. */
  private static List<FacetCount> agencyFacet(Map<String, Long> pairs, String agency) {
    String parent = agency == null || agency.isBlank() ? null : agency.strip();
    if (parent == null) {
      List<String> roots = pairs.keySet().stream().filter(k -> k.startsWith(">")).map(k -> k.substring(1)).toList();
      if (roots.size() != 1) {
        return roots.stream().map(r -> new FacetCount(r, pairs.get(">" + r))).sorted(Comparator.comparingLong(FacetCount::count).reversed()).toList();
      }
      parent = roots.get(0);
    }
    String prefix = parent + ">";
    String suffix = ">" + parent;
    long all = 0;
    long children = 0;
    List<FacetCount> result = new ArrayList<>();
    for (Map.Entry<String, Long> e : pairs.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        result.add(new FacetCount(e.getKey().substring(prefix.length()), e.getValue()));
        children += e.getValue();
      } else if (e.getKey().endsWith(suffix)) {
        all += e.getValue();
      }
    }
    result.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    if (all > children) {
      result.add(0, new FacetCount(parent, all - children));
    }
    return result.size() > 60 ? result.subList(0, 60) : result;
  }

  // ---------------------------------------------------------------- state

  /** Whether the index was created or last rebuilt with this version's {@link #LAYOUT}. */
  @Override
  public boolean isCurrent() {
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      for (Map.Entry<String, String> e : live) {
        if (LAYOUT_KEY.equals(e.getKey())) {
          return LAYOUT.equals(e.getValue());
        }
      }
    }
    return false;
  }

  @Override
  public IndexStats stats() {
    try {
      SearcherManager manager = searchers;
      IndexSearcher searcher = manager.acquire();
      long docs;
      try {
        docs = searcher.getIndexReader().numDocs();
      } finally {
        manager.release(searcher);
      }
      long size = 0;
      for (String file : directory.listAll()) {
        try {
          size += directory.fileLength(file);
        } catch (NoSuchFileException ignored) {
          // merged away meanwhile
        }
      }
      Map<String, String> data = new HashMap<>();
      Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
      if (live != null) {
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
      }
      Instant rebuilt = data.containsKey(REBUILT_AT) ? Instant.parse(data.get(REBUILT_AT)) : null;
      return new IndexStats(docs, size, rebuilt, parseLong(data.get(REBUILT_DOCS)), parseLong(data.get(REBUILT_MILLIS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long parseLong(String s) {
    try {
      return s == null ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        searchers.close();
        writer.close();
        directory.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
