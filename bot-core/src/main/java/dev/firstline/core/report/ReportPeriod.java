package dev.firstline.core.report;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time a report covers, from {@code from} (included) to {@code to} (excluded). */
public record ReportPeriod(Instant from, Instant to) {

  /** What a report covers when nobody says: the last 30 days. */
  public static final String DEFAULT = "30d";

  private static final Pattern SPAN = Pattern.compile("([1-9][0-9]{0,4})([hdw])");

  public ReportPeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a report period must start (" + from + ") before it ends (" + to + ")");
    }
  }

  /**
   * Where a period named by {@code since} starts if it ends at {@code now}: a span back from now
   * ({@code 24h}, {@code 30d}, {@code 12w}) or a day ({@code 2026-11-01}, from its midnight in
   * {@code zone}). Blank means {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException saying which forms are accepted, for anything else
   */
  public static Instant start(String since, Instant now, ZoneId zone) {
    String text = since.isBlank() ? DEFAULT : since.strip().toLowerCase(Locale.ROOT);
    Matcher span = SPAN.matcher(text);
    if (span.matches()) {
      long n = Long.parseLong(span.group(1));
      return now.minus(switch (span.group(2)) {
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofDays(7 * n);
      });
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + since.strip() + "' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01");
    }
  }

  /**
   * The period from {@link #start} up to and including {@code now}: it ends a nanosecond later, so
   * that what happened at this very instant counts.
   *
   * @throws IllegalArgumentException for a form not accepted, or a day that has not begun
   */
  public static ReportPeriod since(String since, Instant now, ZoneId zone) {
    Instant from = start(since, now, zone);
    if (!from.isBefore(now)) {
      throw new IllegalArgumentException("'" + since.strip() + "' has not begun yet; a report covers time up to now");
    }
    return new ReportPeriod(from, now.plusNanos(1));
  }

  /** Whether {@code at} falls in the period. */
  public boolean contains(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /** How long the period is. */
  public Duration length() {
    return Duration.between(from, to);
  }
}
