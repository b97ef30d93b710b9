package org.gongkai.search.internal;

import static org.gongkai.search.internal.ChineseAnalysis.BODY_BIGRAMS;
import static org.gongkai.search.internal.ChineseAnalysis.BODY_WORDS;
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
 * it). Every term must match: all its bigrams (three quarters of them for long terms) in the title,
 * body or 文号 — a filter, which costs no scoring. The score comes from a few cheap clauses: the
 * whole term as a phrase in the title (titles are short, so their positions are cheap to read), its
 * smartcn words in the title and in the body (title matches count four times as much), and the term
 * in the 文号. Quoted phrases must match as written, in the title, body or 文号.
 *
 * <p>Why not more: scoring is paid for every matching document (tens of thousands for common
 * words), and a phrase over the body reads the positions of all of them. The first version, which
 * also scored every bigram in every field and the phrase in the body, cost 2.5 times the CPU per
 * search (17 against 7 ms at 200,000 items; see docs/benchmarks.md) for much the same order of hits.
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
      term.add(new TermQuery(new Term(BODY_WORDS, w.term())), Occur.SHOULD);
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

  /** A bigram in the title, body or 文号: a filter clause, so a plain disjunction without scores. */
  private static Query anyField(String token) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(TITLE_BIGRAMS, token)), Occur.SHOULD);
    any.add(new TermQuery(new Term(BODY_BIGRAMS, token)), Occur.SHOULD);
    any.add(new TermQuery(new Term(NUMBER_BIGRAMS, token)), Occur.SHOULD);
    return any.build();
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
