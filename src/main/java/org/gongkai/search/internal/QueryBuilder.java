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

  /** The scoring query (null if the text has nothing to search for) and the terms to highlight. */
  record Built(Query query, Set<String> highlight) {}

  Built build(String input) {
    QueryText text = QueryText.parse(input);
    Set<String> highlight = new LinkedHashSet<>();
    if (text.isEmpty()) {
      return new Built(null, highlight);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
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
      Query query;
      if (part.phrase()) {
        query = phrase(tokens);
      } else {
        List<Token> wordTokens = wordBudget <= 0 ? List.of() : ChineseAnalysis.tokens(words, part.text(), wordBudget);
        wordBudget -= wordTokens.size();
        for (Token w : wordTokens) {
          if (w.term().length() >= 2) {
            highlight.add(w.term());
          }
        }
        query = term(tokens, wordTokens);
      }
      all.add(query, Occur.MUST);
      clauses++;
      if (DocumentNumbers.looksLikeNumber(part.text())) {
        all.add(new BoostQuery(new TermQuery(new Term(LuceneSearchIndex.NUMBER, DocumentNumbers.normalise(part.text()))), 10f), Occur.SHOULD);
      }
    }
    if (clauses == 0) {
      return new Built(null, highlight);
    }
    return new Built(all.build(), highlight);
  }

  /** An unquoted term. */
  private static Query term(List<Token> tokens, List<Token> wordTokens) {
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
    BooleanQuery.Builder term = new BooleanQuery.Builder();
    term.add(coverage.build(), Occur.FILTER);
    term.add(new BoostQuery(phraseIn(TITLE_BIGRAMS, tokens), tokens.size() > 1 ? TITLE_BOOST * 2 : TITLE_BOOST), Occur.SHOULD);
    term.add(new BoostQuery(phraseIn(NUMBER_BIGRAMS, tokens), NUMBER_BOOST), Occur.SHOULD);
    for (Token w : wordTokens) {
      term.add(new BoostQuery(new TermQuery(new Term(TITLE_WORDS, w.term())), TITLE_BOOST), Occur.SHOULD);
    }
    return term.build();
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
