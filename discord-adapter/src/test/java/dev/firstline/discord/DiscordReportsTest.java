package dev.firstline.discord;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.discord.FakeDiscord.Call;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /helpdesk report} for leads only, and engineers' queue figures in {@code /helpdesk status}, end to end on JDA. */
class DiscordReportsTest {

  private static final String PASSWORD = "I forgot my password";

  private Harness h;

  @BeforeEach
  void start() throws Exception {
    h = new Harness(new StubKnowledgeBase().on(PASSWORD, hit(article("password-reset"), 0.9)));
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  @Test
  void report_isRegistered_givesALeadTheSummary_onlyToThem_andRefusesOthers() {
    h.dm(Server.ANA, PASSWORD);
    h.posted(h.dmChannel(Server.ANA), "Title of password-reset");
    Call commands = h.discord.await("PUT", "applications/" + FakeDiscord.APP_ID + "/guilds/" + Server.GUILD + "/commands");
    assertThat(commands.raw()).contains("\"name\":\"report\"").contains("\"name\":\"since\"");

    String ana = h.slashInGuild(Server.HELP, Server.ANA, List.of(), "report", "", "");
    assertThat(h.answerTo(ana).content()).isEqualTo("Sorry, service reports are for service desk leads. Your lead can share the figures with you.");

    String lena = h.slashInGuild(Server.HELP, Payloads.user("505", "Lena", false), List.of(Server.LEADS), "report", "since", "7d");
    assertThat(h.callback(lena).data().getInt("flags", 0) & 64).as("only the lead sees it").isEqualTo(64);
    assertThat(h.answerTo(lena).content()).startsWith("```\nService report, ").contains("(7 days)")
        .containsPattern("Questions +1 \\(0 not about IT\\)")
        .containsPattern("Deflected +1 of 1 IT questions: 100% without a person \\(0 confirmed fixed\\)")
        .containsPattern("password-reset +1").endsWith("```");
  }

  @Test
  void status_showsAnEngineerTheirLinesQueues() {
    String eve = h.slashInGuild(Server.HELP, Server.EVE, List.of(Server.SECOND_LINE), "status", "", "");

    assertThat(h.answerTo(eve).content()).startsWith("**Your queues**\n")
        .contains("• network (2nd line): 0 open, 0 unclaimed, 0 SLA breaches today, no claims in the past 7 days")
        .contains("• service-desk (2nd line): 0 open").doesNotContain("servers").contains("You have no tickets.");
  }
}
