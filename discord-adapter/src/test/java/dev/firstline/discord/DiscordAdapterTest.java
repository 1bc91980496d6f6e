package dev.firstline.discord;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.discord.FakeDiscord.Call;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: real JDA over real sockets against a local fake Discord, with the real SupportBot and
 * TicketDesk behind the adapter.
 */
class DiscordAdapterTest {

  private static final String PASSWORD = "I forgot my password";

  private Harness h;

  @BeforeEach
  void start() throws Exception {
    StubKnowledgeBase kb = new StubKnowledgeBase().on(PASSWORD, hit(article("password-reset"), 0.9));
    h = new Harness(kb);
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  @Test
  void directMessage_getsTheArticleWithItsButtons() {
    h.dm(Server.ANA, PASSWORD);

    Call answer = h.posted(h.dmChannel(Server.ANA), "Title of password-reset");
    assertThat(answer.content()).contains("**Title of password-reset**").contains("Steps for password-reset.");
    assertThat(answer.buttonIds()).containsExactly("fb:501:d:FIXED", "fb:501:d:NOT_FIXED", "fb:501:d:TALK_TO_PERSON");
    assertThat(answer.body().getObject("allowed_mentions").getArray("parse").length()).isZero();
    // only the intents it needs, and /helpdesk registered in the guild at start-up
    assertThat(GatewayIntent.getIntents(h.discord.identify().getInt("intents")))
        .containsExactlyInAnyOrder(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    Call commands = h.discord.await("PUT", "applications/" + FakeDiscord.APP_ID + "/guilds/" + Server.GUILD + "/commands");
    assertThat(commands.raw()).contains("\"name\":\"helpdesk\"").contains("\"name\":\"ask\"").contains("\"name\":\"status\"");
  }

  @Test
  void slashCommand_isDeferredThenAnsweredOnlyToThePerson() {
    String ask = h.slashInGuild(Server.HELP, Server.ANA, "ask", PASSWORD);

    Call ack = h.callback(ask);
    assertThat(ack.body().getInt("type")).as("deferred: thinking...").isEqualTo(5);
    assertThat(ack.data().getInt("flags", 0) & 64).as("ephemeral in a channel").isEqualTo(64);
    Call answer = h.answerTo(ask);
    assertThat(answer.content()).contains("**Title of password-reset**");
    assertThat(answer.buttonIds()).contains("fb:501:d:TALK_TO_PERSON");
    assertThat(answer.body().getObject("allowed_mentions").getArray("parse").length()).isZero();

    String status = h.slashInGuild(Server.HELP, Server.ANA, "status", "");
    assertThat(h.answerTo(status).content()).contains("no tickets");
  }
}
