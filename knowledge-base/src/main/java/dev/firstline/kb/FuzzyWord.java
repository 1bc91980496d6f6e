package dev.firstline.kb;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * A word that may be misspelt, matched like Lucene's {@link FuzzyQuery} (same edits, first letter
 * fixed, transpositions, the 50 closest terms, each weighted by its similarity) but with one
 * Levenshtein automaton built for all the fields it is looked for in. Building that automaton costs
 * far more than the search itself (milliseconds for a long word), and a {@code FuzzyQuery} per field
 * would build three of them each (one per number of edits).
 */
final class FuzzyWord {

  private static final int PREFIX = 1;

  private final String text;
  private final int maxEdits;
  private final int[] codePoints;
  private final CompiledAutomaton automaton;

  private FuzzyWord(String text, int maxEdits, CompiledAutomaton automaton) {
    this.text = text;
    this.maxEdits = maxEdits;
    this.codePoints = text.codePoints().toArray();
    this.automaton = automaton;
  }

  /** The word with its automaton, or null if the word is too complex to match fuzzily (Lucene refuses very long ones). */
  static @Nullable FuzzyWord of(String text, int maxEdits) {
    try {
      return new FuzzyWord(text, maxEdits, FuzzyQuery.getFuzzyAutomaton(text, maxEdits, PREFIX, true));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The query for this word in one field; all fields share the automaton. */
  Query in(String field) {
    return new InField(field, this);
  }

  /**
   * As {@code FuzzyTermsEnum} weighs a term: 1 − edits ÷ the shorter length, in code points. The
   * first letter matches (the automaton requires it), so the edits are those of the rest, with a
   * swap of two neighbours counting as one.
   */
  float similarity(BytesRef term) {
    int[] other = term.utf8ToString().codePoints().toArray();
    int edits = editsAfterPrefix(codePoints, other);
    if (edits == 0) {
      return 1.0f;
    }
    return 1.0f - (float) edits / (float) Math.min(other.length, codePoints.length);
  }

  /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring) of the parts after the prefix. */
  static int editsAfterPrefix(int[] a, int[] b) {
    int n = a.length - PREFIX;
    int m = b.length - PREFIX;
    if (n < 0 || m < 0) {
      return Math.max(a.length, b.length);
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int ai = a[PREFIX + i - 1];
        int bj = b[PREFIX + j - 1];
        int cost = ai == bj ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && ai == b[PREFIX + j - 2] && a[PREFIX + i - 2] == bj) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }

  /** The word looked for in one field, rewritten like a {@code FuzzyQuery} into its closest terms. */
  private static final class InField extends MultiTermQuery {

    private final FuzzyWord word;

    InField(String field, FuzzyWord word) {
      super(field, FuzzyQuery.defaultRewriteMethod(FuzzyQuery.defaultMaxExpansions));
      this.word = word;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      TermsEnum matching = word.automaton.getTermsEnum(terms);
      return new FilteredTermsEnum(matching, false) {
        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

        @Override
        protected AcceptStatus accept(BytesRef term) {
          boost.setBoost(word.similarity(term));
          return AcceptStatus.YES;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(field)) {
        word.automaton.visit(visitor, this, field);
      }
    }

    @Override
    public String toString(String defaultField) {
      return (field.equals(defaultField) ? "" : field + ":") + word.text + "~" + word.maxEdits;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InField that && field.equals(that.field) && word.text.equals(that.word.text) && word.maxEdits == that.word.maxEdits;
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, word.text, word.maxEdits);
    }
  }
}
