package dev.firstline.kb;

import dev.firstline.core.port.TextAnalysis.KeyTerm;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The topic words of a message, read like a search reads it: stemmed, and with the IT synonyms
 * (applied after stemming, so that word endings do not hide a synonym). The analysed terms that come from overlapping stretches of the text (a word and its
 * synonyms, or a phrase such as "log in" and its synonym "login") make one key term: the smallest of
 * them that is neither a stop or chat word, a complaint word ("not working", "problem") nor a
 * number, so that every synonym of a word gives the same key term.
 */
final class KeyTerms {

  /** Words of any complaint, which say nothing about its topic (search keeps them; they do no harm there). */
  private static final String COMPLAINT_WORDS = "work working works problem problems issue issues error errors fail fails failed failing fix fixed wrong trouble question happen happening anymore suddenly";

  private record Token(String term, int start, int end) {}

  private KeyTerms() {}

  static List<KeyTerm> of(Analysis analysis, String text) {
    String capped = text.length() > ArticleIndex.MAX_QUERY_CHARS ? text.substring(0, ArticleIndex.MAX_QUERY_CHARS) : text;
    List<Token> tokens = new ArrayList<>(tokens(analysis, capped));
    tokens.sort(Comparator.comparingInt(Token::start));
    List<KeyTerm> keys = new ArrayList<>();
    Set<String> complaints = Set.copyOf(Analysis.tokens(analysis.index(), COMPLAINT_WORDS));
    Set<String> seen = new HashSet<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = from;
      int end = tokens.get(from).end();
      while (to + 1 < tokens.size() && tokens.get(to + 1).start() < end) {
        end = Math.max(end, tokens.get(++to).end());
      }
      int start = tokens.get(from).start();
      int stretchEnd = end;
      tokens.subList(from, to + 1).stream()
          .map(Token::term)
          .filter(term -> !analysis.isNoise(term) && !complaints.contains(term) && !term.chars().allMatch(Character::isDigit))
          .min(Comparator.naturalOrder())
          .filter(seen::add)
          .ifPresent(term -> keys.add(new KeyTerm(term, capped.substring(start, stretchEnd).toLowerCase(Locale.ROOT))));
      from = to + 1;
    }
    return List.copyOf(keys);
  }

  private static List<Token> tokens(Analysis analysis, String text) {
    try (TokenStream ts = analysis.topics().tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      List<Token> out = new ArrayList<>();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
