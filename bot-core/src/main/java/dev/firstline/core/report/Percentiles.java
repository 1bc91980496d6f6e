package dev.firstline.core.report;

import java.util.List;

/** Percentiles by nearest rank: no interpolation, always one of the measured values. */
final class Percentiles {

  private Percentiles() {}

  /** The value at rank ceil(p/100 * n), counting from 1, of a non-empty list sorted ascending. */
  static <T> T nearestRank(List<T> sorted, int percentile) {
    if (sorted.isEmpty() || percentile < 1 || percentile > 100) {
      throw new IllegalArgumentException("need values and a percentile of 1 to 100, not " + percentile + " of " + sorted.size());
    }
    int rank = (int) ((percentile * (long) sorted.size() + 99) / 100);
    return sorted.get(rank - 1);
  }
}
