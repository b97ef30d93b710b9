package org.gongkai.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching documents and, per facet field, how many of them carry each value: one pass
 * over the matches, counting doc-value ordinals per segment and resolving only the ordinals seen.
 */
final class FacetCounter implements Collector {

  private final String[] fields;
  final Map<String, Map<String, Long>> counts = new HashMap<>();
  long total;

  private LeafReaderContext leaf;
  private SortedSetDocValues[] values;
  private int[][] ordinals;

  FacetCounter(String... fields) {
    this.fields = fields;
    for (String f : fields) {
      counts.put(f, new HashMap<>());
    }
  }

  static CollectorManager<FacetCounter, FacetCounter> manager(String... fields) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(fields);
      }

      @Override
      public FacetCounter reduce(Collection<FacetCounter> collectors) throws IOException {
        FacetCounter result = new FacetCounter(fields);
        for (FacetCounter c : collectors) {
          c.flush();
          result.total += c.total;
          for (String f : fields) {
            c.counts.get(f).forEach((k, v) -> result.counts.get(f).merge(k, v, Long::sum));
          }
        }
        return result;
      }
    };
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    flush();
    leaf = context;
    values = new SortedSetDocValues[fields.length];
    ordinals = new int[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      values[f] = DocValues.getSortedSet(context.reader(), fields[f]);
      ordinals[f] = new int[(int) Math.min(values[f].getValueCount(), Integer.MAX_VALUE - 8)];
    }
    SortedSetDocValues[] dv = values;
    int[][] ords = ordinals;
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        for (int f = 0; f < dv.length; f++) {
          if (dv[f].advanceExact(doc)) {
            for (int i = dv[f].docValueCount(); i > 0; i--) {
              ords[f][(int) dv[f].nextOrd()]++;
            }
          }
        }
      }
    };
  }

  private void flush() throws IOException {
    if (leaf == null) {
      return;
    }
    for (int f = 0; f < fields.length; f++) {
      SortedSetDocValues lookup = DocValues.getSortedSet(leaf.reader(), fields[f]);
      Map<String, Long> target = counts.get(fields[f]);
      int[] ords = ordinals[f];
      for (int ord = 0; ord < ords.length; ord++) {
        if (ords[ord] > 0) {
          target.merge(lookup.lookupOrd(ord).utf8ToString(), (long) ords[ord], Long::sum);
        }
      }
    }
    leaf = null;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
