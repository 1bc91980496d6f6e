package dev.firstline.core.report;

import dev.firstline.core.model.Question;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cuts a report's period into days or weeks and counts what happened in each. */
final class Trends {

  private Trends() {}

  /** Days for periods of up to {@value ServiceReports#MAX_DAILY_DAYS} days, else weeks starting on Monday. */
  static ServiceReport.Trend of(ReportPeriod period, ZoneId zone, List<Question> itQuestions, List<TicketHistory> tickets) {
    LocalDate first = LocalDate.ofInstant(period.from(), zone);
    LocalDate last = LocalDate.ofInstant(period.to().minusNanos(1), zone);
    ChronoUnit unit = ChronoUnit.DAYS.between(first, last) < ServiceReports.MAX_DAILY_DAYS ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
    Function<Instant, LocalDate> bucket = at -> start(LocalDate.ofInstant(at, zone), unit);
    Map<LocalDate, Long> asked = itQuestions.stream().collect(Collectors.groupingBy(q -> bucket.apply(q.at()), Collectors.counting()));
    Map<LocalDate, Long> deflected = itQuestions.stream().filter(QuestionFigures::deflected)
        .collect(Collectors.groupingBy(q -> bucket.apply(q.at()), Collectors.counting()));
    Map<LocalDate, Long> opened = tickets.stream().collect(Collectors.groupingBy(h -> bucket.apply(h.ticket().openedAt()), Collectors.counting()));
    List<ServiceReport.Point> points = new ArrayList<>();
    for (LocalDate day = start(first, unit); !day.isAfter(last); day = day.plus(1, unit)) {
      points.add(new ServiceReport.Point(day, asked.getOrDefault(day, 0L), deflected.getOrDefault(day, 0L), opened.getOrDefault(day, 0L)));
    }
    return new ServiceReport.Trend(unit, points);
  }

  private static LocalDate start(LocalDate day, ChronoUnit unit) {
    return unit == ChronoUnit.DAYS ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
