package org.gongkai.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The top {@code k} matches in {@link LuceneSearchIndex#BY_RELEVANCE} order (score, then newer,
 * then the larger id), the same answer as Lucene's field-sorted collector, made cheap on an index
 * sorted {@link LuceneSearchIndex#BY_DATE}.
 *
 * <p>Why: many matches score exactly alike (the same words in titles of the same length), and a
 * sorted collector must look at every one of them, because any of them could be newer than the
 * last of the top {@code k}. In a segment sorted newest first, once the current document is older
 * than that last one, every later document of the segment is older still, so only a strictly higher
 * score can still compete; telling the scorer so lets Lucene skip whole blocks of postings whose best
 * possible score is not higher (block-max WAND). At 1,000,000 items the costliest searches look at a
 * few hundred documents instead of tens of thousands (docs/benchmarks.md).
 *
 * <p>{@link #hits} counts the documents collected; it is exact while fewer than {@code k} matched
 * (nothing is skipped before the top {@code k} are full), a lower bound otherwise.
 */
final class RelevanceCollector implements Collector {

  private record Entry(float score, long published, long id, int doc) {}

  /** Worst first: the head is the last of the top k. */
  private static int compare(float score, long published, long id, Entry e) {
    int c = Float.compare(score, e.score);
    if (c != 0) {
      return c;
    }
    c = Long.compare(published, e.published);
    return c != 0 ? c : Long.compare(id, e.id);
  }

  private final int k;
  private final Weight filter;
  private final PriorityQueue<Entry> top;
  private long hits;

  RelevanceCollector(int k, Weight filter) {
    this.k = Math.max(1, k);
    this.filter = filter;
    this.top = new PriorityQueue<>(this.k, (a, b) -> compare(a.score, a.published, a.id, b));
  }

  /** Collects the top {@code k} of every match of the query. */
  static CollectorManager<RelevanceCollector, RelevanceCollector> manager(int k) {
    return manager(k, null);
  }

  /**
   * Collects the top {@code k} of the query's matches that {@code filter} (a weight that needs no
   * scores) also matches. Checking the filter only for the documents the scorer returns is what makes
   * the skipping pay: as a clause of the query, a filter with more matches than the scoring clauses
   * would lead the search and hand every one of its matches to the scorer.
   */
  static CollectorManager<RelevanceCollector, RelevanceCollector> manager(int k, Weight filter) {
    return new CollectorManager<>() {
      @Override
      public RelevanceCollector newCollector() {
        return new RelevanceCollector(k, filter);
      }

      @Override
      public RelevanceCollector reduce(Collection<RelevanceCollector> collectors) {
        RelevanceCollector all = new RelevanceCollector(k, filter);
        for (RelevanceCollector c : collectors) {
          all.hits += c.hits;
          c.top.forEach(all::offer);
        }
        return all;
      }
    };
  }

  private boolean offer(Entry e) {
    if (top.size() < k) {
      top.add(e);
      return true;
    }
    if (compare(e.score, e.published, e.id, top.peek()) > 0) {
      top.poll();
      top.add(e);
      return true;
    }
    return false;
  }

  /** Documents collected: exact when below {@code k}. */
  long hits() {
    return hits;
  }

  /** The top documents, best first, as {@link FieldDoc}s whose fields are score, date and id. */
  FieldDoc[] topDocs() {
    Entry[] entries = top.toArray(new Entry[0]);
    java.util.Arrays.sort(entries, (a, b) -> compare(b.score, b.published, b.id, a));
    FieldDoc[] docs = new FieldDoc[entries.length];
    for (int i = 0; i < entries.length; i++) {
      Entry e = entries[i];
      docs[i] = new FieldDoc(e.doc, e.score, new Object[] {e.score, e.published, e.id});
    }
    return docs;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues published = DocValues.getNumeric(context.reader(), LuceneSearchIndex.PUBLISHED_SORT);
    NumericDocValues ids = DocValues.getNumeric(context.reader(), LuceneSearchIndex.ID_SORT);
    Sort indexSort = context.reader().getMetaData().getSort();
    boolean newestFirst = LuceneSearchIndex.BY_DATE.equals(indexSort);
    int base = context.docBase;
    Scorer accepted = filter == null ? null : filter.scorer(context);
    if (filter != null && accepted == null) {
      throw new CollectionTerminatedException(); // nothing in this segment passes the filter
    }
    TwoPhaseIterator twoPhase = accepted == null ? null : accepted.twoPhaseIterator();
    DocIdSetIterator candidates = accepted == null ? null : twoPhase == null ? accepted.iterator() : twoPhase.approximation();
    return new LeafCollector() {
      private Scorable scorer;
      private float minScore;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        this.minScore = 0f;
        if (top.size() == k) {
          raise(top.peek().score);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        if (candidates != null) {
          int at = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
          if (at != doc || (twoPhase != null && !twoPhase.matches())) {
            return;
          }
        }
        hits++;
        float score = scorer.score();
        long date = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
        long id = ids.advanceExact(doc) ? ids.longValue() : Long.MIN_VALUE;
        if (top.size() < k || compare(score, date, id, top.peek()) > 0) {
          offer(new Entry(score, date, id, base + doc));
        }
        if (top.size() == k) {
          Entry last = top.peek();
          // in a newest-first segment all later documents are older than this one: if it is not
          // newer than the last of the top k, they need a strictly higher score
          boolean laterAreOlder = newestFirst && (date < last.published || (date == last.published && id <= last.id));
          raise(laterAreOlder ? Math.nextUp(last.score) : last.score);
        }
      }

      private void raise(float score) throws IOException {
        if (score > minScore) {
          scorer.setMinCompetitiveScore(score);
          minScore = score;
        }
      }
    };
  }
}
