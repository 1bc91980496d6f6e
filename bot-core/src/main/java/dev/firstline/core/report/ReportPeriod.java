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

  private static final Pattern SPAN = Pattern.compile("(\\d{1,4})([dw])");

  public ReportPeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a report period must start (" + from + ") before it ends (" + to + ")");
    }
  }

  /**
   * The period up to {@code now} that {@code since} names: {@code 7d} is the last 7 calendar days
   * (today included, from midnight in {@code zone}), {@code 12w} the last 84 days, and a date
   * ({@code 2026-11-01}) starts at its midnight. Blank means {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException saying what is accepted, for anything else
   */
  public static ReportPeriod since(String since, Instant now, ZoneId zone) {
    String text = since.isBlank() ? DEFAULT : since.strip().toLowerCase(Locale.ROOT);
    LocalDate today = LocalDate.ofInstant(now, zone);
    Matcher span = SPAN.matcher(text);
    LocalDate first;
    if (span.matches()) {
      int days = Integer.parseInt(span.group(1)) * (span.group(2).equals("w") ? 7 : 1);
      if (days == 0) {
        throw new IllegalArgumentException("a report covers at least one day, not '" + since.strip() + "'");
      }
      first = today.minusDays(days - 1L);
    } else {
      try {
        first = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + since.strip() + "' is not a period: use 7d, 30d, 12w or a date such as 2026-11-01");
      }
      if (first.isAfter(today)) {
        throw new IllegalArgumentException(first + " is in the future; a report covers days that have begun");
      }
    }
    return new ReportPeriod(first.atStartOfDay(zone).toInstant(), now);
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
