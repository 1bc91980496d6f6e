package dev.firstline.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every distinct word of an index, with the fields it occurs in, for finding the words a misspelt
 * one may have meant: those with the same first letter and at most one or two edits (an insertion,
 * a deletion, a substitution or a swap of neighbours). These are exactly the words a Lucene fuzzy
 * automaton with a one-letter prefix accepts, but found by comparing the few words that start with
 * the same letter, which costs microseconds where building the automaton costs hundreds of them.
 */
final class Lexicon {

  /** A word of the index near a misspelt one: how many edits away, its length in code points, and its fields (bit i = field i). */
  record Neighbour(BytesRef term, int edits, int length, int fields) {}

  private final List<String> fields;
  private final BytesRef[] terms;
  private final int[][] codePoints;
  private final int[] fieldMasks;
  /** First code point to the range [from, to) of the sorted terms that start with it. */
  private final Map<Integer, int[]> byFirst = new HashMap<>();

  Lexicon(IndexReader reader, List<String> fields) {
    this.fields = List.copyOf(fields);
    TreeMap<BytesRef, Integer> masks = new TreeMap<>();
    try {
      for (int f = 0; f < fields.size(); f++) {
        Terms terms = MultiTerms.getTerms(reader, fields.get(f));
        if (terms == null) {
          continue;
        }
        TermsEnum each = terms.iterator();
        int bit = 1 << f;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          masks.merge(BytesRef.deepCopyOf(term), bit, (a, b) -> a | b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's words", e);
    }
    this.terms = masks.keySet().toArray(BytesRef[]::new);
    this.codePoints = new int[terms.length][];
    this.fieldMasks = new int[terms.length];
    int i = 0;
    for (Map.Entry<BytesRef, Integer> entry : masks.entrySet()) {
      codePoints[i] = entry.getKey().utf8ToString().codePoints().toArray();
      fieldMasks[i] = entry.getValue();
      if (codePoints[i].length > 0) {
        int first = codePoints[i][0];
        int index = i;
        byFirst.computeIfAbsent(first, k -> new int[] {index, index})[1] = index + 1;
      }
      i++;
    }
  }

  /** Whether the word occurs in any of the fields. */
  boolean contains(String word) {
    return java.util.Arrays.binarySearch(terms, new BytesRef(word)) >= 0;
  }

  /** The index's words within {@code maxEdits} of {@code word} that start with the same letter, in term order. */
  List<Neighbour> near(String word, int maxEdits) {
    int[] target = word.codePoints().toArray();
    if (target.length == 0) {
      return List.of();
    }
    int[] range = byFirst.get(target[0]);
    if (range == null) {
      return List.of();
    }
    List<Neighbour> near = new ArrayList<>();
    for (int i = range[0]; i < range[1]; i++) {
      int[] candidate = codePoints[i];
      if (Math.abs(candidate.length - target.length) <= maxEdits) {
        int edits = editsAfterFirst(target, candidate, maxEdits);
        if (edits <= maxEdits) {
          near.add(new Neighbour(terms[i], edits, candidate.length, fieldMasks[i]));
        }
      }
    }
    return near;
  }

  /** The position of a field in the masks of {@link Neighbour#fields()}. */
  int bit(String field) {
    int f = fields.indexOf(field);
    if (f < 0) {
      throw new IllegalArgumentException("'" + field + "' is not one of the lexicon's fields " + fields);
    }
    return 1 << f;
  }

  /**
   * The optimal string alignment distance (Levenshtein plus swaps of neighbours, each substring
   * edited once, as Lucene's fuzzy automata count) between the parts after the first letter; any
   * value above {@code max} is returned as {@code max + 1}.
   */
  static int editsAfterFirst(int[] a, int[] b, int max) {
    int n = a.length - 1;
    int m = b.length - 1;
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a[i] == b[j] ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], max + 1);
  }
}
