package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.EVE;
import static dev.firstline.slack.SlackWorld.LENA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports in Slack, end to end: {@code /helpdesk report} for leads only, and engineers' queue figures in status and App Home. */
class ReportsFlowTest {

  private SlackWorld world;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    world = new SlackWorld();
    slack = world.slack;
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void helpdeskReport_givesALeadTheSummaryAsACodeBlock_andPolitelyRefusesOthers() {
    world.anaEscalates(); // one IT question, answered, then handed to a person: not deflected

    slack.command(ANA, "C-GENERAL", "report", slack.responseUrl("ana"));
    String refused = slack.awaitResponse(r -> r.contains("leads"));
    assertThat(refused).contains("ephemeral").contains("Sorry, service reports are for service desk leads.").doesNotContain("Deflected");

    slack.command(EVE, "C-GENERAL", "report 7d", slack.responseUrl("eve"));
    FakeSlack.poll(() -> slack.responses().stream().filter(r -> r.contains("for service desk leads")).count() == 2 ? true : null,
        "the engineer refused as well");

    slack.command(LENA, "C-GENERAL", "report 7d", slack.responseUrl("lena"));
    String summary = slack.awaitResponse(r -> r.contains("Service report"));
    assertThat(summary).contains("ephemeral").contains("```").contains("(7 days)")
        .containsPattern("Questions +1 \\(0 not about IT\\)")
        .containsPattern("Deflected +0 of 1 IT questions: 0% without a person")
        .containsPattern("by queue +network 1");
  }

  @Test
  void helpdeskReport_withWordsThatAreNoPeriod_isAQuestion() {
    slack.command(ANA, "C-GENERAL", "report a phishing mail", slack.responseUrl("q"));

    slack.awaitResponse(r -> r.contains("direct messages"));
  }

  @Test
  void engineers_seeTheirQueuesFigures_inStatusAndAppHome() {
    world.anaEscalates(); // HD-1 in the network queue, unclaimed

    slack.command(EVE, "C-GENERAL", "status", slack.responseUrl("status"));
    String status = slack.awaitResponse(r -> r.contains("Your queues"));
    assertThat(status).contains("network (2nd line): 1 open, 1 unclaimed, 0 SLA breaches today, no claims in the past 7 days")
        .contains("service-desk (2nd line): 0 open").doesNotContain("servers");

    slack.event("Ev-home-eve", 0, FakeSlack.appHomeOpened(EVE, "home"));
    slack.await("views.publish", c -> c.param("user_id").equals(EVE)
        && c.param("view").contains("Your queues") && c.param("view").contains("network (2nd line): 1 open, 1 unclaimed"));
  }
}
