package org.gongkai.search.internal;

import static org.gongkai.search.internal.ChineseAnalysis.ALL_BIGRAMS;
import static org.gongkai.search.internal.ChineseAnalysis.BODY_BIGRAMS;
import static org.gongkai.search.internal.ChineseAnalysis.NUMBER_BIGRAMS;
import static org.gongkai.search.internal.ChineseAnalysis.TITLE_BIGRAMS;
import static org.gongkai.search.internal.ChineseAnalysis.TITLE_WORDS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.search.internal.ChineseAnalysis.Token;

/**
 * Turns the user's text into a Lucene query without Lucene's query syntax (so no input can break
 * it). Every term must match: all its bigrams (three quarters of them for long terms) somewhere in
 * the title, body or 文号 — a filter on the match-only field {@code all_b}, one short posting list
 * per bigram, which costs no scoring. The score comes from the title and the 文号 only: the whole
 * term as a phrase in the title, its smartcn words in the title, the term in the 文号. So documents
 * whose title carries the words rank first (BM25 over the short title), and among equals — all the
 * documents that match in the body only among them — the newest first (the sort's second key).
 * Quoted phrases must match as written, in the title, body or 文号.
 *
 * <p>Why not score the body: scoring is paid for every matching document (over a hundred thousand
 * for common words at 1,000,000 items), and BM25 over body words was half of each search's CPU for
 * an order that a disclosure portal's users do not expect anyway (they look for the document that
 * names the subject in its title, then the newest). Measured in docs/benchmarks.md: the first
 * version, which scored every bigram in every field and the phrase in the body, cost 17 ms per search
 * at 200,000 items, the one with body words 6 ms, this one 2 ms.
 */
final class QueryBuilder {

  /** Upper bound of bigrams used per query, far below Lucene's clause limit. */
  static final int MAX_TOKENS = 64;

  static final float TITLE_BOOST = 4f;
  static final float NUMBER_BOOST = 3f;

  private final Analyzer bigrams = ChineseAnalysis.bigrams(false);
  private final Analyzer words = ChineseAnalysis.words();

  /**
   * The query of a text and the terms to highlight; all queries are null if the text has nothing to
   * search for.
   *
   * @param query every match, scored: the whole answer in one pass
   * @param scored the matches with a score above zero (the title or 文号 carries a term), scored the
   *     same way; null when the text has a quoted phrase (every match of a phrase is scored)
   * @param unscored the other matches, whose score is zero (they rank by date after all the scored
   *     ones); null with {@code scored}
   * @param scoring the scoring clauses of {@code scored} alone (title and 文号), null with it: the
   *     scored matches are its matches that {@code coverage} accepts
   * @param coverage the every-term test of {@code scored} alone (no score), null with it
   */
  record Built(Query query, Query scored, Query unscored, Query scoring, Query coverage, Set<String> highlight) {

    Built(Query query, Set<String> highlight) {
      this(query, null, null, null, null, highlight);
    }
  }

  Built build(String input) {
    QueryText text = QueryText.parse(input);
    Set<String> highlight = new LinkedHashSet<>();
    if (text.isEmpty()) {
      return new Built(null, highlight);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<Query> filters = new ArrayList<>();
    List<Query> scoring = new ArrayList<>();
    boolean phrases = false;
    int budget = MAX_TOKENS;
    int wordBudget = MAX_TOKENS;
    int clauses = 0;
    for (QueryText.Part part : text.parts()) {
      if (budget <= 0) {
        break;
      }
      List<Token> tokens = ChineseAnalysis.tokens(bigrams, part.text(), budget);
      if (tokens.isEmpty()) {
        continue;
      }
      budget -= tokens.size();
      highlight.addAll(runs(part.text()));
      if (part.phrase()) {
        phrases = true;
        all.add(phrase(tokens), Occur.MUST);
      } else {
        List<Token> wordTokens = wordBudget <= 0 ? List.of() : ChineseAnalysis.tokens(words, part.text(), wordBudget);
        wordBudget -= wordTokens.size();
        for (Token w : wordTokens) {
          if (w.term().length() >= 2) {
            highlight.add(w.term());
          }
        }
        Query coverage = coverage(tokens);
        List<Query> scores = scoring(tokens, wordTokens);
        BooleanQuery.Builder term = new BooleanQuery.Builder();
        term.add(coverage, Occur.FILTER);
        scores.forEach(q -> term.add(q, Occur.SHOULD));
        all.add(term.build(), Occur.MUST);
        filters.add(coverage);
        BooleanQuery.Builder group = new BooleanQuery.Builder();
        scores.forEach(q -> group.add(q, Occur.SHOULD));
        scoring.add(group.build());
      }
      clauses++;
      if (DocumentNumbers.looksLikeNumber(part.text())) {
        Query number = new BoostQuery(new TermQuery(new Term(LuceneSearchIndex.NUMBER, DocumentNumbers.normalise(part.text()))), 10f);
        all.add(number, Occur.SHOULD);
        scoring.add(number);
      }
    }
    if (clauses == 0) {
      return new Built(null, highlight);
    }
    if (phrases || scoring.isEmpty()) {
      return new Built(all.build(), highlight);
    }
    // The three share one scoring clause, so a document scores exactly the same in each.
    BooleanQuery.Builder anyScore = new BooleanQuery.Builder();
    scoring.forEach(q -> anyScore.add(q, Occur.SHOULD));
    Query anyScoring = anyScore.build();
    BooleanQuery.Builder every = new BooleanQuery.Builder();
    BooleanQuery.Builder scored = new BooleanQuery.Builder();
    BooleanQuery.Builder unscored = new BooleanQuery.Builder();
    BooleanQuery.Builder coverage = new BooleanQuery.Builder();
    for (Query f : filters) {
      every.add(f, Occur.FILTER);
      scored.add(f, Occur.FILTER);
      unscored.add(f, Occur.FILTER);
      coverage.add(f, Occur.FILTER);
    }
    every.add(anyScoring, Occur.SHOULD);
    scored.add(anyScoring, Occur.MUST);
    unscored.add(anyScoring, Occur.MUST_NOT);
    return new Built(every.build(), scored.build(), unscored.build(), anyScoring, coverage.build(), highlight);
  }

  /** Every bigram of the term (three quarters of them for long terms) in the title, body or 文号. */
  private static Query coverage(List<Token> tokens) {
    BooleanQuery.Builder coverage = new BooleanQuery.Builder();
    Set<String> distinct = new LinkedHashSet<>();
    for (Token t : tokens) {
      distinct.add(t.term());
    }
    for (String t : distinct) {
      coverage.add(anyField(t), Occur.SHOULD);
    }
    int n = distinct.size();
    coverage.setMinimumNumberShouldMatch(n <= 4 ? n : (int) Math.ceil(n * 0.75));
    return coverage.build();
  }

  /** What an unquoted term scores: as a phrase in the title and in the 文号, its words in the title. */
  private static List<Query> scoring(List<Token> tokens, List<Token> wordTokens) {
    List<Query> scores = new ArrayList<>();
    scores.add(new BoostQuery(phraseIn(TITLE_BIGRAMS, tokens), tokens.size() > 1 ? TITLE_BOOST * 2 : TITLE_BOOST));
    scores.add(new BoostQuery(phraseIn(NUMBER_BIGRAMS, tokens), NUMBER_BOOST));
    for (Token w : wordTokens) {
      scores.add(new BoostQuery(new TermQuery(new Term(TITLE_WORDS, w.term())), TITLE_BOOST));
    }
    return scores;
  }

  /** A quoted phrase: the characters in this order, in the title, body or 文号. */
  private static Query phrase(List<Token> tokens) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(phraseIn(TITLE_BIGRAMS, tokens), TITLE_BOOST),
            phraseIn(BODY_BIGRAMS, tokens),
            new BoostQuery(phraseIn(NUMBER_BIGRAMS, tokens), NUMBER_BOOST)),
        0.1f);
  }

  /** A bigram anywhere in the title, body or 文号: one posting list of the match-only field. */
  private static Query anyField(String token) {
    return new TermQuery(new Term(ALL_BIGRAMS, token));
  }

  private static Query phraseIn(String field, List<Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (Token t : tokens) {
      phrase.add(new Term(field, t.term()), t.position());
    }
    return phrase.build();
  }

  /** The runs of letters and digits of a term, lower-cased: what the highlighter marks. */
  static List<String> runs(String text) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(cp);
      } else if (!run.isEmpty()) {
        runs.add(run.toString().toLowerCase(Locale.ROOT));
        run.setLength(0);
      }
    });
    if (!run.isEmpty()) {
      runs.add(run.toString().toLowerCase(Locale.ROOT));
    }
    return runs;
  }
}
