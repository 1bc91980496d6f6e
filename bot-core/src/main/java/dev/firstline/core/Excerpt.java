package dev.firstline.core;

/** The start of a long text for platforms with a message size limit, cut where a reader would cut it. */
public final class Excerpt {

  private Excerpt() {}

  /** At most {@code max} characters, cut at the last line break (or space) if one is past the middle. */
  public static String of(String text, int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive but was " + max);
    }
    if (text.length() <= max) {
      return text;
    }
    int at = text.lastIndexOf('\n', max);
    if (at < max / 2) {
      at = text.lastIndexOf(' ', max);
    }
    return text.substring(0, at < max / 2 ? max : at).stripTrailing();
  }
}
