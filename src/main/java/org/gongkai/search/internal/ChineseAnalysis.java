package org.gongkai.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two analyses of Chinese text. Words (smartcn) rank documents that use the query's words;
 * CJK bigrams find every document containing the query's characters in order, also where smartcn
 * segments differently (疫情防控 → 疫情/防/控). Both fold full-width letters and digits.
 */
public final class ChineseAnalysis {

  /** The title analysed into words (bodies are not: their words would only feed scoring). */
  public static final String TITLE_WORDS = "title_w";
  /** Fields analysed into bigrams (and the unigrams, so that one-character queries work). */
  public static final String TITLE_BIGRAMS = "title_b";
  public static final String BODY_BIGRAMS = "body_b";
  public static final String NUMBER_BIGRAMS = "docno_b";
  /**
   * The bigrams of title, body and 文号 together, documents only (no frequencies, positions or
   * norms): the filter every query term must pass, one short posting list per bigram.
   */
  public static final String ALL_BIGRAMS = "all_b";

  private ChineseAnalysis() {}

  /** smartcn words with its stop set (punctuation, 的 …). */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }

  /**
   * Overlapping bigrams of Han characters; letters and digits as words.
   *
   * @param unigrams also emit every single character (at the position of its bigram): used when
   *     indexing, so that one-character queries find the characters inside words
   */
  public static Analyzer bigrams(boolean unigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }

  /** The analyzer of every indexed field. */
  public static Analyzer indexing() {
    Analyzer words = words();
    return new PerFieldAnalyzerWrapper(bigrams(true), Map.of(TITLE_WORDS, words));
  }

  /** A token and its position (from 0). */
  public record Token(String term, int position) {}

  /** The tokens of a text, at most {@code limit}. */
  public static List<Token> tokens(Analyzer analyzer, String text, int limit) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken() && tokens.size() < limit) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), Math.max(position, 0)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
