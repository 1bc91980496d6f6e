package dev.firstline.core.port;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How the knowledge base reads a message, lent to reports that compare messages with each other:
 * the words that carry its topic, normalised the way search normalises them.
 */
@FunctionalInterface
public interface TextAnalysis {

  /**
   * The words of {@code text} that say what it is about, each once, in the order they first appear;
   * stop words, chat words and numbers are left out.
   */
  List<KeyTerm> keyTerms(String text);

  /**
   * One topic word.
   *
   * @param term what every spelling, word ending and synonym of the word shares ("pw", "password"
   *     and "passwords" have one term), to compare messages with
   * @param word the word as the person wrote it, lower-cased, to show
   */
  record KeyTerm(String term, String word) {

    public KeyTerm {
      requireNonNull(term, "term");
      requireNonNull(word, "word");
    }
  }
}
