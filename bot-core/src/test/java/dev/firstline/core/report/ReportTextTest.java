package dev.firstline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  @Test
  void summary_isATableOfTheFigures() {
    InMemoryQuestionLog questions = new InMemoryQuestionLog();
    InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
    ReportSeed.seed(questions, tickets);

    String text = ReportText.summary(ServiceReports.read(questions, tickets, ReportSeed.PERIOD, ZoneOffset.UTC), ZoneOffset.UTC);

    assertThat(text).isEqualTo("""
        Service report, 2026-01-05 00:00 to 2026-01-08 00:00 UTC (3 days)

        Questions         10 (2 not about IT, 1 choice offered and taken, counted once)
        Deflected         3 of 7 IT questions: 43% without a person (1 confirmed fixed)
        Answers by topic
          password-reset  2
          vpn-connect     2
          outlook-start   1
        Escalations       4 tickets
          by queue        servers 2, network 1, service-desk 1
          by priority     urgent 1, high 1, normal 2, low 0
          by line         2nd 3, 3rd 2 (moved to the 3rd line: counted in both)
        Time to claim     median 30 min, 90th percentile 1 h (3 claimed)
        Time to resolve   median 5 h, 90th percentile 1 d (3 resolved)
        SLA met           2nd line 67% (2 of 3), 3rd line 50% (1 of 2)
        Reopened          33% (1 of 3 resolved)
        Satisfaction      3.7 of 5 from 3 ratings (1: 0, 2: 1, 3: 0, 4: 1, 5: 1)

        Tickets opened in the period, as they stand now; durations are wall-clock time.""");
  }

  @Test
  void summary_ofNothing_saysThereIsNothingYet() {
    String text = ReportText.summary(ServiceReports.compute(List.of(), List.of(), ReportSeed.PERIOD, ZoneOffset.UTC), ZoneOffset.UTC);

    assertThat(text).isEqualTo("Nothing to report for 2026-01-05 00:00 to 2026-01-08 00:00 UTC (3 days) yet: no questions and no tickets.");
  }

  @Test
  void durations_asPeopleSayThem() {
    assertThat(ReportText.duration(Duration.ofSeconds(40))).isEqualTo("40 s");
    assertThat(ReportText.duration(Duration.ofMinutes(25))).isEqualTo("25 min");
    assertThat(ReportText.duration(Duration.ofMinutes(190))).isEqualTo("3 h 10 min");
    assertThat(ReportText.duration(Duration.ofHours(3))).isEqualTo("3 h");
    assertThat(ReportText.duration(Duration.ofHours(52).plusMinutes(30))).isEqualTo("2 d 4 h");
  }
}
