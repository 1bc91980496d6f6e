package dev.firstline.kb;

import dev.firstline.kb.Lexicon.Neighbour;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A word that may be misspelt, matched as Lucene's {@link FuzzyQuery} with a one-letter prefix
 * matches it (the same words within the same edits, the 50 closest kept, each weighted by its
 * similarity) in every field it is looked for in, but with its near words found once in the {@link
 * Lexicon} instead of by building Levenshtein automata: three per field for a {@code FuzzyQuery},
 * at hundreds of microseconds each, far more than the rest of a search.
 */
final class FuzzyWord {

  private final String text;
  private final int maxEdits;
  private final int length;
  private final Lexicon lexicon;
  private final List<Neighbour> near;

  FuzzyWord(String text, int maxEdits, Lexicon lexicon) {
    this.text = text;
    this.maxEdits = maxEdits;
    this.length = text.codePointCount(0, text.length());
    this.lexicon = lexicon;
    this.near = lexicon.near(text, maxEdits);
  }

  /** The query for this word in one field. */
  Query in(String field) {
    int bit = lexicon.bit(field);
    List<Neighbour> inField = near.stream().filter(n -> (n.fields() & bit) != 0).toList();
    BytesRef[] terms = new BytesRef[inField.size()];
    float[] boosts = new float[inField.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = inField.get(i).term();
      boosts[i] = similarity(inField.get(i));
    }
    return new InField(field, this, terms, boosts);
  }

  /** As {@code FuzzyTermsEnum} weighs a word: 1 − edits ÷ the shorter length, in code points. */
  private float similarity(Neighbour neighbour) {
    return neighbour.edits() == 0 ? 1.0f : 1.0f - (float) neighbour.edits() / (float) Math.min(neighbour.length(), length);
  }

  /** The word looked for in one field, rewritten like a {@code FuzzyQuery} into its closest terms. */
  private static final class InField extends MultiTermQuery {

    private final FuzzyWord word;
    private final BytesRef[] terms;
    private final float[] boosts;

    InField(String field, FuzzyWord word, BytesRef[] terms, float[] boosts) {
      super(field, FuzzyQuery.defaultRewriteMethod(FuzzyQuery.defaultMaxExpansions));
      this.word = word;
      this.terms = terms;
      this.boosts = boosts;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms fieldTerms, AttributeSource atts) throws IOException {
      return new FilteredTermsEnum(fieldTerms.iterator(), true) {
        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);
        private int sought = -1;

        @Override
        protected BytesRef nextSeekTerm(BytesRef current) {
          sought++;
          return sought < terms.length ? terms[sought] : null;
        }

        @Override
        protected AcceptStatus accept(BytesRef term) {
          while (sought < terms.length && terms[sought].compareTo(term) < 0) {
            sought++;
          }
          if (sought < terms.length && terms[sought].bytesEquals(term)) {
            boost.setBoost(boosts[sought]);
            return AcceptStatus.YES_AND_SEEK;
          }
          sought--; // terms[sought] lies ahead: seek it next
          return AcceptStatus.NO_AND_SEEK;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(field)) {
        visitor.consumeTerms(this, java.util.Arrays.stream(terms).map(t -> new Term(field, t)).toArray(Term[]::new));
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
