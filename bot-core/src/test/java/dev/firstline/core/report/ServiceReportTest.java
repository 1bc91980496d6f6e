package dev.firstline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@link ReportSeed}'s three days, worked out by hand. In the period: 10 questions
 * and the tickets HD-2 to HD-5.
 */
class ServiceReportTest {

  private ServiceReport report;

  @BeforeEach
  void read() {
    InMemoryQuestionLog questions = new InMemoryQuestionLog();
    InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
    ReportSeed.seed(questions, tickets);
    report = ServiceReports.read(questions, tickets, ReportSeed.PERIOD, ZoneOffset.UTC);
  }

  @Test
  void deflection_countsAnswersWithoutTicketOrComplaint_amongItQuestions_choicesCountedOnce() {
    // 10 questions; 2 declined as not IT; Bob's "outlook" choices were followed by his choice, which counts instead.
    // IT: 7. Deflected: Alice's vpn (no reply), Bob's vpn (fixed), Bob's outlook choice = 3; 1 confirmed fixed.
    ServiceReport.Deflection d = report.deflection();

    assertThat(d.questions()).isEqualTo(10);
    assertThat(d.notIt()).isEqualTo(2);
    assertThat(d.choicesOffered()).isEqualTo(1);
    assertThat(d.itQuestions()).isEqualTo(7);
    assertThat(d.deflected()).isEqualTo(new Share(3, 7));
    assertThat(d.deflected().percent()).isEqualTo("43%");
    assertThat(d.confirmedFixed()).isEqualTo(1);
  }

  @Test
  void answersByTopic_mostAnsweredFirst_tiesByName() {
    assertThat(report.answersByTopic()).containsExactly(entry("password-reset", 2L), entry("vpn-connect", 2L), entry("outlook-start", 1L));
  }

  @Test
  void escalations_byCurrentQueue_priority_andEveryLineTheTicketWasWith() {
    ServiceReport.Escalations e = report.escalations();

    assertThat(e.tickets()).isEqualTo(4);
    assertThat(e.byQueue()).containsExactly(entry("servers", 2L), entry("network", 1L), entry("service-desk", 1L));
    assertThat(e.byPriority()).containsExactly(entry(Priority.URGENT, 1L), entry(Priority.HIGH, 1L), entry(Priority.NORMAL, 2L), entry(Priority.LOW, 0L));
    // HD-2, HD-3 (before its escalation) and HD-4 on the 2nd line; HD-3 (after) and HD-5 on the 3rd
    assertThat(e.byTier()).containsExactly(entry(Tier.SECOND, 3L), entry(Tier.THIRD, 2L));
  }

  @Test
  void timeToClaim_firstClaim_medianAndP90ByNearestRank() {
    // 10 min (HD-5), 30 min (HD-2), 60 min (HD-3; its second claim on the 3rd line does not count); HD-4 is unclaimed.
    // Median: rank ceil(0.5 * 3) = 2; p90: rank ceil(0.9 * 3) = 3.
    assertThat(report.timeToClaim()).isEqualTo(new DurationSummary(3, Duration.ofMinutes(30), Duration.ofMinutes(60)));
  }

  @Test
  void timeToResolve_firstResolution() {
    // 2 h 10 min (HD-5), 5 h (HD-2, resolved the first time; it was reopened later), 24 h (HD-3)
    assertThat(report.timeToResolve()).isEqualTo(new DurationSummary(3, Duration.ofHours(5), Duration.ofHours(24)));
  }

  @Test
  void slaCompliance_perLineTheTicketWasWithAtTheBreach_breachesAfterThePeriodIgnored() {
    // 2nd line: HD-2 and HD-4 met, HD-3 breached before its escalation. 3rd line: HD-3 breached after it;
    // HD-5's breach is after the period's end.
    assertThat(report.slaByTier()).containsExactly(entry(Tier.SECOND, new Share(2, 3)), entry(Tier.THIRD, new Share(1, 2)));
  }

  @Test
  void reopenRate_reopenedAmongResolved() {
    assertThat(report.reopened()).isEqualTo(new Share(1, 3));
    assertThat(report.reopened().percent()).isEqualTo("33%");
  }

  @Test
  void satisfaction_latestRatingPerTicket() {
    ServiceReport.Satisfaction s = report.satisfaction();

    assertThat(s.byScore()).containsExactly(0L, 1L, 0L, 1L, 1L);
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.mean()).isEqualTo(11.0 / 3);
  }

  @Test
  void trend_perDay_itQuestionsDeflectedAndTicketsOpened() {
    assertThat(report.trend().unit()).isEqualTo(ChronoUnit.DAYS);
    assertThat(report.trend().points()).containsExactly(
        new ServiceReport.Point(LocalDate.of(2026, 1, 5), 3, 2, 1),
        new ServiceReport.Point(LocalDate.of(2026, 1, 6), 1, 0, 1),
        new ServiceReport.Point(LocalDate.of(2026, 1, 7), 3, 1, 2));
  }

  @Test
  void trend_perWeekFromMonday_forPeriodsLongerThanTwoMonths() {
    ReportPeriod quarter = new ReportPeriod(ReportSeed.at("01-07T00:00").minus(Duration.ofDays(90)), ReportSeed.at("01-08T00:00"));
    InMemoryQuestionLog questions = new InMemoryQuestionLog();
    InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
    ReportSeed.seed(questions, tickets);

    ServiceReport.Trend trend = ServiceReports.read(questions, tickets, quarter, ZoneOffset.UTC).trend();

    assertThat(trend.unit()).isEqualTo(ChronoUnit.WEEKS);
    // 9 Oct 2025 (a Thursday) to 7 Jan 2026: weeks from Monday 6 Oct 2025 to Monday 5 Jan 2026
    assertThat(trend.points()).hasSize(14);
    assertThat(trend.points().getFirst().start()).isEqualTo(LocalDate.of(2025, 10, 6));
    // the week of 29 Dec holds the question and the ticket of Sunday 4 January
    assertThat(trend.points().get(12)).isEqualTo(new ServiceReport.Point(LocalDate.of(2025, 12, 29), 1, 1, 1));
    assertThat(trend.points().get(13)).isEqualTo(new ServiceReport.Point(LocalDate.of(2026, 1, 5), 7, 3, 4));
  }

  @Test
  void emptyPeriod_isEmpty_withZeroTrend() {
    ServiceReport empty = ServiceReports.compute(List.of(), List.of(), ReportSeed.PERIOD, ZoneOffset.UTC);

    assertThat(empty.empty()).isTrue();
    assertThat(empty.deflection().deflected().percent()).isEqualTo("-");
    assertThat(empty.timeToClaim()).isEqualTo(new DurationSummary(0, null, null));
    assertThat(empty.satisfaction().mean()).isNaN();
    assertThat(empty.trend().points()).hasSize(3).allMatch(p -> p.questions() == 0 && p.deflected() == 0 && p.escalations() == 0);
  }
}
