package dev.firstline.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --since} option of the report commands: a span back from now ({@code 24h}, {@code
 * 30d}, {@code 12w}) or a day ({@code 2026-11-01}, from its start in UTC).
 */
final class Lookback {

  private static final Pattern SPAN = Pattern.compile("([1-9][0-9]{0,4})([hdw])");

  @Option(names = "--since", paramLabel = "WHEN", defaultValue = "30d", converter = Parser.class,
      description = "How far back: 24h, 30d, 12w or a day such as 2026-11-01 (default: ${DEFAULT-VALUE}).")
  Start since;

  /** The first instant of the period that ends at {@code now}. */
  Instant from(Instant now) {
    return since.from(now);
  }

  /** Where a period starts, given when it ends. */
  @FunctionalInterface
  interface Start {
    Instant from(Instant now);
  }

  /** Reads 30d, 12w, 24h or 2026-11-01; anything else is refused with the forms allowed. */
  static final class Parser implements ITypeConverter<Start> {
    @Override
    public Start convert(String value) {
      Matcher span = SPAN.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
      if (span.matches()) {
        long n = Long.parseLong(span.group(1));
        Duration back = switch (span.group(2)) {
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofDays(7 * n);
        };
        return now -> now.minus(back);
      }
      try {
        Instant day = LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        return now -> day;
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01");
      }
    }
  }
}
