package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/**
 * An article found for a message, with a confidence in [0, 1] that means the same for every
 * message, so one threshold can decide between answering and escalating.
 */
public record SearchHit(Article article, double confidence) {

  public SearchHit {
    requireNonNull(article, "article");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1] but was " + confidence);
    }
  }
}
