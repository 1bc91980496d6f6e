package dev.firstline.discord;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Articles;
import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.discord.FakeDiscord.Call;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
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
  private static final String EMAIL = "my email is broken";
  private static final String VPN = "how do I set up the vpn";
  private static final String WIFI = "the wifi keeps dropping";
  private static final Article LONG = new Article("vpn-setup", "Set up the VPN", List.of(), List.of(), "service-desk", false, "service-desk",
      LocalDate.of(2026, 1, 1), "1. Step one of many.\n".repeat(150) + "The last step.");

  private Harness h;

  @BeforeEach
  void start() throws Exception {
    StubKnowledgeBase kb = new StubKnowledgeBase()
        .on(PASSWORD, hit(article("password-reset"), 0.9))
        .on(EMAIL, hit(article("email-send"), 0.5), hit(article("email-receive"), 0.49))
        .on(VPN, hit(LONG, 0.9))
        .on(WIFI, hit(Articles.inQueue("wifi", "network"), 0.9));
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

  @Test
  void talkToAPerson_opensTheTicketAndItsStaffThread_andTwoClaimsGiveOneOwner() {
    Ticket ticket = escalateAnasQuestion();
    String id = ticket.id().value();
    Call summary = h.posted(Server.DESK, id);
    assertThat(summary.buttonIds()).containsExactly("act:claim:" + id, "act:transfer:" + id, "act:third-line:" + id, "act:ask:" + id, "act:resolve:" + id);
    String summaryId = ticket.staff().summary().messageId();
    Call thread = h.discord.await("POST", "channels/" + Server.DESK + "/messages/" + summaryId + "/threads");
    assertThat(thread.body().getString("name")).startsWith(id);
    assertThat(ticket.staff().thread().threadId()).isEqualTo(summaryId); // Discord gives a message's thread the message's id

    String eve = h.pressInGuild(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "act:claim:" + id);
    String omar = h.pressInGuild(Server.DESK, Server.OMAR, List.of(Server.SECOND_LINE), "act:claim:" + id);

    List<String> answers = Stream.of(eve, omar).map(i -> h.answerTo(i).content()).toList();
    assertThat(answers).filteredOn(a -> a.equals("You have " + id + ".")).hasSize(1);
    assertThat(answers).filteredOn(a -> a.contains("already has " + id)).hasSize(1);
    UserRef owner = h.store.find(ticket.id()).orElseThrow().assignee();
    assertThat(owner.id()).isIn("502", "503");
    assertThat(h.callback(eve).data().getInt("flags", 0) & 64).as("staff notes are ephemeral").isEqualTo(64);
    h.discord.await("PATCH", "channels/" + Server.DESK + "/messages/" + summaryId, c -> c.content().contains("claimed by " + owner.displayName()));
    h.posted(h.dmChannel(Server.ANA), owner.displayName() + " from the service-desk team is now looking at " + id);
  }

  @Test
  void relay_worksBothWays_keepsNotesInternal_andNeverPings() {
    Ticket ticket = escalateAnasQuestion();
    String id = ticket.id().value();
    String thread = ticket.staff().thread().threadId();
    String anaDm = h.dmChannel(Server.ANA);
    h.answerTo(h.pressInGuild(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "act:claim:" + id));

    String asked = h.say(thread, Server.EVE, List.of(Server.SECOND_LINE), "Which browser do you use? @everyone", false);
    Call toAna = h.posted(anaDm, "Which browser do you use?");
    assertThat(toAna.content()).contains("**Eve** (IT, " + id + ")").doesNotContain("@everyone").contains("@\u200Beveryone");
    assertThat(toAna.body().getObject("allowed_mentions").getArray("parse").length()).as("allowed_mentions.parse").isZero();
    h.discord.await("PUT", "channels/" + thread + "/messages/" + asked + "/reactions/.+");

    String note = h.say(thread, Server.EVE, List.of(Server.SECOND_LINE), "// gateway logs show upstream timeouts", false);
    h.discord.await("PUT", "channels/" + thread + "/messages/" + note + "/reactions/.+");

    h.dm(Server.ANA, "Chrome, and @here please hurry");
    Call toThread = h.posted(thread, "Chrome");
    assertThat(toThread.content()).contains("**Ana** (requester)").doesNotContain("@here");
    assertThat(toThread.body().getObject("allowed_mentions").getArray("parse").length()).isZero();
    h.posted(anaDm, "Passed on to Eve (" + id + ")");

    assertThat(h.discord.calls("POST", "channels/" + anaDm + "/messages")).noneMatch(c -> c.content().contains("gateway logs"));
    String stranger = h.say(thread, Server.ANA, List.of(), "can I write here?", false);
    assertThat(h.discord.await("POST", "channels/" + thread + "/messages", c -> c.content().contains("only 2nd-line engineers")).body()
        .getObject("message_reference").getString("message_id")).isEqualTo(stranger);
  }

  @Test
  void resolveThroughTheForm_reachesTheRequesterWithRatingButtons() {
    Ticket ticket = escalateAnasQuestion();
    String id = ticket.id().value();
    String anaDm = h.dmChannel(Server.ANA);

    String press = h.pressInGuild(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "act:resolve:" + id);
    Call form = h.callback(press);
    assertThat(form.body().getInt("type")).as("a form, at once").isEqualTo(9);
    assertThat(form.data().getString("custom_id")).isEqualTo("modal:resolve:" + id);
    assertThat(form.raw()).contains("\"custom_id\":\"value\"").contains("Resolution note");

    String submit = h.submitForm(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "modal:resolve:" + id, "Reset it in the portal; @here ignore");
    assertThat(h.answerTo(submit).content()).isEqualTo("Resolved " + id + ".");
    Call resolved = h.posted(anaDm, id + " is resolved");
    assertThat(resolved.content()).contains("Reset it in the portal").doesNotContain("@here");
    assertThat(resolved.buttonIds()).containsExactly(
        "act:rate:" + id + ":1", "act:rate:" + id + ":2", "act:rate:" + id + ":3", "act:rate:" + id + ":4", "act:rate:" + id + ":5");
    h.discord.await("PATCH", "channels/" + Server.DESK + "/messages/" + ticket.staff().summary().messageId(),
        c -> c.content().contains("Resolution: Reset it in the portal") && c.buttonIds().isEmpty());

    String rate = h.pressInDm(Server.ANA, "act:rate:" + id + ":5");
    assertThat(h.answerTo(rate).content()).isEqualTo("Thanks for the feedback!");
    assertThat(h.store.find(ticket.id()).orElseThrow().satisfaction()).isEqualTo(5);
    assertThat(h.answerTo(h.slashInGuild(Server.HELP, Server.ANA, "status", "")).content()).contains("**" + id + "** · resolved");
  }

  @Test
  void mentionInAnAllowedChannel_isAnsweredInAThreadOnTheMessage() {
    String asked = h.say(Server.HELP, Server.ANA, List.of(), PASSWORD, true);

    Call thread = h.discord.await("POST", "channels/" + Server.HELP + "/messages/" + asked + "/threads");
    assertThat(thread.body().getString("name")).isEqualTo("Help: " + PASSWORD);
    Call answer = h.posted(asked, "Title of password-reset"); // the thread has the message's id
    assertThat(answer.buttonIds()).contains("fb:501:" + Server.HELP + "." + asked + ":TALK_TO_PERSON");

    h.say(Server.HELP, Server.ANA, List.of(), PASSWORD, false); // no mention: not for the bot
    h.say(Server.DESK, Server.ANA, List.of(), PASSWORD, true); // not an allowed channel
    h.say(asked, Server.ANA, List.of(), "still broken", false); // the conversation goes on in its thread
    h.posted(asked, "HD-1");
    assertThat(h.discord.calls("POST", "channels/\\d+/messages/\\d+/threads")).hasSize(2); // its own and the ticket's
  }

  @Test
  void gatewayDropAndResume_losesNothingAndAnswersNothingTwice() {
    String anaDm = h.dmChannel(Server.ANA);
    String first = h.discord.nextId();
    var firstMessage = Payloads.directMessage(first, anaDm, Server.ANA, "please open a ticket, the scanner is offline");
    h.discord.dispatch("MESSAGE_CREATE", firstMessage);
    h.posted(anaDm, "HD-1");

    // Discord replays after a resume what the bot may have missed: here the first message again, and a new one
    h.discord.replayOnResume("MESSAGE_CREATE", firstMessage);
    h.discord.replayOnResume("MESSAGE_CREATE", Payloads.directMessage(h.discord.nextId(), anaDm, Server.ANA, "I also need a new mouse"));
    h.discord.dropConnection();

    String thread = h.store.find(new TicketId("HD-1")).orElseThrow().staff().thread().threadId();
    h.posted(thread, "new mouse");
    assertThat(h.discord.resumes()).isEqualTo(1);
    assertThat(h.discord.identifies()).as("resumed, not a new session").isEqualTo(1);

    h.dm(Server.ANA, "and the printer"); // after the resume, the bot carries on
    h.posted(thread, "printer");
    assertThat(h.store.openedBy(UserRef.of(DiscordAdapter.PLATFORM, "501", "Ana"))).hasSize(1);
    assertThat(h.postedCount(anaDm, "I have passed this to the service-desk team as **HD-1**")).isEqualTo(1);
    assertThat(h.postedCount(thread, "new mouse")).isEqualTo(1);
    assertThat(h.postedCount(thread, "scanner")).isZero();
  }

  @Test
  void closeTopics_offerButtons_andAChoiceGetsItsArticle() {
    h.dm(Server.ANA, EMAIL);
    Call question = h.posted(h.dmChannel(Server.ANA), "Which one is it?");
    assertThat(question.buttonIds()).containsExactly("ch:501:d:email-send", "ch:501:d:email-receive", "fb:501:d:TALK_TO_PERSON");

    String chose = h.pressInDm(Server.ANA, "ch:501:d:email-receive");
    Call answer = h.answerTo(chose);
    assertThat(answer.content()).contains("**Title of email-receive**");
    assertThat(answer.buttonIds()).contains("fb:501:d:FIXED");

    String someoneElse = h.pressInDm(Server.EVE, "fb:501:d:TALK_TO_PERSON");
    assertThat(h.callback(someoneElse).data().getString("content")).contains("someone else's question");
    assertThat(h.store.notClosed()).isEmpty();
  }

  @Test
  void longArticle_isShortened_withTheFullTextOneClickAway() {
    h.dm(Server.ANA, VPN);
    Call answer = h.posted(h.dmChannel(Server.ANA), "Set up the VPN");
    assertThat(answer.content()).hasSizeLessThanOrEqualTo(2000).contains("Shortened").doesNotContain("The last step.");
    assertThat(answer.buttonIds()).contains("full:vpn-setup");

    String press = h.pressInDm(Server.ANA, "full:vpn-setup");
    Call first = h.callback(press);
    assertThat(first.body().getInt("type")).isEqualTo(4);
    assertThat(first.data().getInt("flags") & 64).isEqualTo(64);
    Call rest = h.discord.await("POST", "webhooks/" + FakeDiscord.APP_ID + "/tok-" + press, c -> c.content().contains("The last step."));
    assertThat(first.data().getString("content").length() + rest.content().length()).isGreaterThan(LONG.body().length());
  }

  @Test
  void aQueueInAForumChannel_getsAPostPerTicket_editedInPlace() {
    h.dm(Server.ANA, WIFI);
    h.posted(h.dmChannel(Server.ANA), "Title of wifi");
    h.answerTo(h.pressInDm(Server.ANA, "fb:501:d:NOT_FIXED"));

    Call post = h.discord.await("POST", "channels/" + Server.NETWORK_FORUM + "/threads");
    assertThat(post.body().getString("name")).startsWith("HD-1");
    Ticket ticket = h.store.find(new TicketId("HD-1")).orElseThrow();
    String thread = ticket.staff().thread().threadId();
    assertThat(ticket.staff().summary().messageId()).isEqualTo(thread);

    String claim = h.pressInGuild(thread, Server.OMAR, List.of(Server.SECOND_LINE), "act:claim:HD-1");
    assertThat(h.answerTo(claim).content()).isEqualTo("You have HD-1.");
    h.discord.await("PATCH", "channels/" + thread + "/messages/" + thread, c -> c.content().contains("claimed by Omar"));
    h.say(thread, Server.OMAR, List.of(Server.SECOND_LINE), "Which floor are you on?", false);
    h.posted(h.dmChannel(Server.ANA), "Which floor are you on?");
  }

  @Test
  void restart_carriesOnWithTheSameTickets_evenInThreadsArchivedMeanwhile() {
    Ticket ticket = escalateAnasQuestion();
    String thread = ticket.staff().thread().threadId();

    h.restart();

    h.dm(Server.ANA, "any news?");
    h.posted(thread, "any news?"); // the thread is not in the new session's guild: found among the archived ones
    assertThat(h.discord.calls("GET", "channels/" + Server.DESK + "/threads/archived/public")).isNotEmpty();
    h.say(thread, Server.EVE, List.of(Server.SECOND_LINE), "Looking at it now", false);
    h.posted(h.dmChannel(Server.ANA), "Looking at it now");
    assertThat(h.discord.identifies()).isEqualTo(2);
    assertThat(h.store.notClosed()).hasSize(1);
    assertThat(h.discord.calls("POST", "channels/\\d+/messages/\\d+/threads")).hasSize(1);
  }

  @Test
  void thirdLineThroughTheForm_repostsInTheSpecialistQueue_whereOnlyTheThirdLineMayClaim() {
    Ticket ticket = escalateAnasQuestion();
    String id = ticket.id().value();

    String press = h.pressInGuild(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "act:third-line:" + id);
    assertThat(h.callback(press).data().getString("custom_id")).isEqualTo("modal:third-line:" + id);
    String submit = h.submitForm(Server.DESK, Server.EVE, List.of(Server.SECOND_LINE), "modal:third-line:" + id, "servers");
    assertThat(h.answerTo(submit).content()).isEqualTo("Moved " + id + " to servers.");
    h.posted(ticket.staff().thread().threadId(), "Moved to the servers queue by Eve");
    Call reposted = h.posted(Server.SERVERS, id);
    assertThat(reposted.buttonIds()).contains("act:claim:" + id).doesNotContain("act:third-line:" + id);
    h.posted(h.dmChannel(Server.ANA), id + " has been passed to the servers team (specialists)");

    String eve = h.pressInGuild(Server.SERVERS, Server.EVE, List.of(Server.SECOND_LINE), "act:claim:" + id);
    assertThat(h.answerTo(eve).content()).contains("only 3rd-line engineers");
    String sam = h.pressInGuild(Server.SERVERS, Server.SAM, List.of(Server.THIRD_LINE), "act:claim:" + id);
    assertThat(h.answerTo(sam).content()).isEqualTo("You have " + id + ".");
  }

  /** Ana asks in a DM, gets the article and presses "Talk to a person"; returns the ticket as posted. */
  private Ticket escalateAnasQuestion() {
    h.dm(Server.ANA, PASSWORD);
    h.posted(h.dmChannel(Server.ANA), "Title of password-reset");
    String press = h.pressInDm(Server.ANA, "fb:501:d:TALK_TO_PERSON");
    assertThat(h.callback(press).body().getInt("type")).isEqualTo(5);
    Call answer = h.answerTo(press);
    assertThat(answer.content()).contains("HD-1");
    return h.store.find(new TicketId("HD-1")).orElseThrow();
  }
}
