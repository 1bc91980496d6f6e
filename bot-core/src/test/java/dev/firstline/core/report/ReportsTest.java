package dev.firstline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Desks;
import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.MutableClock;
import dev.firstline.core.model.UserRef;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static final UserRef ANA = UserRef.of("test", "A1", "Ana");

  private final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  private final InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
  private final Reports reports = Reports.of(questions, tickets, Desks.settings(), Desks.STAFF, new MutableClock(ReportSeed.NOW));

  @Test
  void aLead_getsTheSummaryOfThePeriodAsked() {
    ReportSeed.seed(questions, tickets);

    Reports.Answer summary = reports.summaryFor(Desks.LEAD, "2026-01-05");

    assertThat(summary.table()).isTrue();
    assertThat(summary.text()).startsWith("Service report, 2026-01-05 00:00 to 2026-01-07 23:59 Europe/London (3 days)").contains("3 of 7 IT questions: 43%");
    assertThat(summary.markdown()).startsWith("```\nService report").endsWith("wall-clock time.\n```");
  }

  @Test
  void aLead_withoutPeriod_getsTheLast30Days() {
    assertThat(reports.summaryFor(Desks.LEAD, "").markdown()).isEqualTo("Nothing to report for 2025-12-08 23:59 to 2026-01-07 23:59 Europe/London (30 days) yet: no questions and no tickets.");
  }

  @Test
  void aLead_askingForAPeriodNotUnderstood_hearsWhatIsAccepted() {
    assertThat(reports.summaryFor(Desks.LEAD, "lastweek").markdown()).isEqualTo("'lastweek' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01.");
  }

  @Test
  void everyoneElse_isRefusedPolitely_engineersToo() {
    ReportSeed.seed(questions, tickets);

    assertThat(reports.summaryFor(ANA, "")).isEqualTo(new Reports.Answer(Reports.LEADS_ONLY, false));
    assertThat(reports.summaryFor(Desks.EVE, "")).isEqualTo(new Reports.Answer(Reports.LEADS_ONLY, false));
  }

  @Test
  void engineers_getTheQueuesOfTheirLine_requestersNone() {
    assertThat(reports.queuesOf(Desks.EVE)).extracting(QueueFigures::queue).containsExactly("identity", "network", "security", "service-desk");
    assertThat(reports.queuesOf(Desks.SAM)).extracting(QueueFigures::queue).containsExactly("network-3rd", "servers");
    assertThat(reports.queuesOf(ANA)).isEmpty();
  }

  @Test
  void unavailable_saysSo() {
    assertThat(Reports.unavailable().summaryFor(Desks.LEAD, "")).isEqualTo(new Reports.Answer(Reports.NOT_SET_UP, false));
    assertThat(Reports.unavailable().queuesOf(Desks.EVE)).isEmpty();
  }
}
