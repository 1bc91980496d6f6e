package dev.firstline.core.report;

import java.util.Locale;

/**
 * A part of a whole, such as 63 questions deflected out of 105: the count behind a rate, so that
 * "0%" of nothing can be told from "0%" of something.
 */
public record Share(long part, long whole) {

  public Share {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("need 0 <= part (" + part + ") <= whole (" + whole + ")");
    }
  }

  /** Whether there is nothing to take a share of. */
  public boolean empty() {
    return whole == 0;
  }

  /** The part as a fraction of the whole, 0 to 1; NaN when the whole is empty. */
  public double fraction() {
    return empty() ? Double.NaN : (double) part / whole;
  }

  /** The fraction as a whole percentage ("63%"), or "-" when the whole is empty. */
  public String percent() {
    return empty() ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }
}
