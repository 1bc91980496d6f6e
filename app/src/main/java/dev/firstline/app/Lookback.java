package dev.firstline.app;

import dev.firstline.core.report.ReportPeriod;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --since} option of the report commands: a span back from now ({@code 24h}, {@code
 * 30d}, {@code 12w}) or a day ({@code 2026-11-01}, from its start in UTC).
 */
final class Lookback {

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

  /** Reads 30d, 12w, 24h or 2026-11-01 by the reports' rule (days start at midnight UTC); anything else is refused with the forms allowed. */
  static final class Parser implements ITypeConverter<Start> {
    @Override
    public Start convert(String value) {
      try {
        ReportPeriod.start(value, Instant.now(), ZoneOffset.UTC);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      return now -> ReportPeriod.start(value, now, ZoneOffset.UTC);
    }
  }
}
