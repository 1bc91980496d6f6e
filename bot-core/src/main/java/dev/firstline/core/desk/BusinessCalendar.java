package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working hours in a time zone, with working days and holidays: SLA time only runs while the desk
 * is open.
 */
public record BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

  public BusinessCalendar {
    requireNonNull(zone, "zone");
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("the desk must open (" + opens + ") before it closes (" + closes + ")");
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("at least one working day is needed");
    }
  }

  /** Monday to Friday, 08:00 to 18:00, no holidays. */
  public static BusinessCalendar weekdays(ZoneId zone) {
    return new BusinessCalendar(
        zone, LocalTime.of(8, 0), LocalTime.of(18, 0),
        Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), Set.of());
  }

  /** The instant when {@code work} of open desk time has passed after {@code from}. */
  public Instant plus(Instant from, Duration work) {
    if (work.isNegative()) {
      throw new IllegalArgumentException("work time must not be negative but was " + work);
    }
    ZonedDateTime at = from.atZone(zone);
    Duration left = work;
    for (int days = 0; days < 3_700; days++) {
      LocalDate date = at.toLocalDate();
      if (isWorkingDay(date)) {
        ZonedDateTime open = date.atTime(opens).atZone(zone);
        ZonedDateTime close = date.atTime(closes).atZone(zone);
        ZonedDateTime start = at.isBefore(open) ? open : at;
        if (start.isBefore(close)) {
          Duration available = Duration.between(start, close);
          if (left.compareTo(available) <= 0) {
            return start.plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      at = date.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException("no open desk time within ten years after " + from);
  }

  private boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }
}
