package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.ANA_DM;
import static dev.firstline.slack.SlackWorld.VPN_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A requester in Slack, end to end through real Bolt and Socket Mode: DM, mention, /helpdesk, buttons. */
class RequesterFlowTest {

  private SlackWorld world;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    world = new SlackWorld();
    slack = world.slack;
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void directMessage_getsTheArticleAsBlockKitWithItsButtons() {
    FakeSlack.Call answer = world.anaAsksInDirectMessage(VPN_QUESTION);

    assertThat(answer.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    assertThat(answer.param("thread_ts")).as("a direct message is answered in the conversation, not a thread").isEmpty();
    assertThat(Blocks.types(answer)).startsWith("header", "section");
    assertThat(Blocks.texts(answer).get(0)).isEqualTo("Connect to the VPN");
    String steps = String.join("\n", Blocks.texts(answer));
    assertThat(steps)
        .contains("*First time setup*")
        .contains("1. *Windows:* install the client from <https://portal.example.com/vpn?os=win&amp;v=2|the software portal>.")
        .contains("2. *Mac:* install it, then _allow_ the extension.")
        .contains("• Check the internet first.")
        .doesNotContain("**", "##");
    assertThat(Blocks.actionIds(answer)).containsExactly(
        "fl.choose.1", "fl.feedback.FIXED", "fl.feedback.NOT_FIXED", "fl.feedback.TALK_TO_PERSON");
    assertThat(Blocks.button(answer, "fl.choose.1").orElseThrow().label()).isEqualTo("VPN keeps dropping");
    assertThat(Blocks.button(answer, "fl.feedback.FIXED").orElseThrow().label()).isEqualTo("That fixed it");
    assertThat(Blocks.button(answer, "fl.feedback.NOT_FIXED").orElseThrow().label()).isEqualTo("Still not working");
    assertThat(Blocks.button(answer, "fl.feedback.TALK_TO_PERSON").orElseThrow().label()).isEqualTo("Talk to a person");
    assertThat(Blocks.allMrkdwnVerbatim(answer)).isTrue();
    assertThat(answer.param("link_names")).isNotEqualTo("true");
  }

  @Test
  void buttons_fixedClosesTheLoop_andAnAlternativeIsAnswered() {
    FakeSlack.Call answer = world.anaAsksInDirectMessage(VPN_QUESTION);

    slack.blockAction(ANA, ANA_DM, answer.ts(), null, "fl.choose.1", Blocks.button(answer, "fl.choose.1").orElseThrow().value());
    FakeSlack.Call alternative = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM)
        && Blocks.types(c).contains("header") && Blocks.texts(c).get(0).equals("VPN keeps dropping"));
    assertThat(Blocks.texts(alternative)).contains("Steps for vpn-drops.");

    slack.blockAction(ANA, ANA_DM, alternative.ts(), null, "fl.feedback.FIXED", ANA);
    slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("glad that sorted it"));
    assertThat(world.store.notClosed()).isEmpty();
  }

  @Test
  void mention_isAnsweredInItsThread_andOnlyTheAskerIsFollowedThere() {
    String ts = world.nextTs();
    slack.event("Ev-mention", 0, FakeSlack.mention(ANA, "C-GENERAL", "<@" + FakeSlack.BOT_USER + "> " + VPN_QUESTION, ts));

    FakeSlack.Call answer = slack.await("chat.postMessage", c -> c.param("channel").equals("C-GENERAL"));
    assertThat(answer.param("thread_ts")).isEqualTo(ts);
    assertThat(Blocks.texts(answer).get(0)).isEqualTo("Connect to the VPN");
    assertThat(world.kb.searches()).containsExactly(VPN_QUESTION);

    // someone else chatting in the thread is not a question for the bot; the asker's reply is
    slack.event("Ev-chat", 0, FakeSlack.threadMessage("U-BOB", "C-GENERAL", ts, "same here", world.nextTs()));
    slack.event("Ev-reply", 0, FakeSlack.threadMessage(ANA, "C-GENERAL", ts, "still not working", world.nextTs()));
    FakeSlack.Call escalated = slack.await("chat.postMessage", c -> c.param("channel").equals("C-GENERAL") && c.param("text").contains("HD-1"));
    assertThat(escalated.param("thread_ts")).isEqualTo(ts);
    assertThat(world.onlyTicket().requester().id()).isEqualTo(ANA);
    assertThat(world.onlyTicket().transcript()).noneMatch(line -> line.contains("same here"));
  }

  @Test
  void helpdeskCommand_answersInTheDirectMessage_andStatusListsTheTickets() {
    slack.command(ANA, "C-GENERAL", VPN_QUESTION, slack.responseUrl("question"));

    slack.await("conversations.open", c -> c.param("users").equals(ANA));
    FakeSlack.Call answer = slack.await("chat.postMessage", c -> c.param("channel").equals("D-" + ANA) && Blocks.types(c).contains("header"));
    assertThat(Blocks.texts(answer).get(0)).isEqualTo("Connect to the VPN");
    slack.awaitResponse(r -> r.contains("direct messages"));

    slack.blockAction(ANA, "D-" + ANA, answer.ts(), null, "fl.feedback.TALK_TO_PERSON", ANA);
    assertThat(world.onlyTicket().status()).isEqualTo(TicketStatus.OPEN);

    slack.command(ANA, "C-GENERAL", "status", slack.responseUrl("status"));
    String status = slack.awaitResponse(r -> r.contains("HD-1"));
    assertThat(status).contains("ephemeral").contains("waiting for an engineer").contains("network");
  }
}
