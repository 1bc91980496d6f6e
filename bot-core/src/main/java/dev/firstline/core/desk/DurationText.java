package dev.firstline.core.desk;

import java.time.Duration;

/** A duration as people say it: "3 days", "8 hours", "30 minutes". */
final class DurationText {

  private DurationText() {}

  static String of(Duration d) {
    if (d.toDays() > 0 && d.toHours() % 24 == 0) {
      return plural(d.toDays(), "day");
    }
    if (d.toHours() > 0 && d.toMinutes() % 60 == 0) {
      return plural(d.toHours(), "hour");
    }
    return plural(Math.max(1, d.toMinutes()), "minute");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
