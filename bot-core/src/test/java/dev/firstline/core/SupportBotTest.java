package dev.firstline.core;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.escalating;
import static dev.firstline.core.Articles.hit;
import static dev.firstline.core.Articles.inQueue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bot through its public API, with a stub knowledge base and in-memory tickets. */
class SupportBotTest {

  // answer 0.5, strong 0.8, close margin 0.1, option 0.3, IT topic 0.2: independent of tuning
  private static final DecisionPolicy POLICY = new DecisionPolicy(0.5, 0.8, 0.1, 0.5, 0.3, 0.2);
  private static final Duration MEMORY = Duration.ofHours(2);

  private static final UserRef ALICE = UserRef.of("slack", "U1", "Alice");
  private static final UserRef BOB = UserRef.of("slack", "U2", "Bob");
  private static final ConversationRef DM = ConversationRef.direct("slack", "D1");
  private static final ConversationRef THREAD = new ConversationRef("slack", "C1", "1700000000.0001");

  private static final String VPN_QUESTION = "my vpn will not connect from home";
  private static final String VPN_VAGUE = "vpn trouble";

  private final Article vpnConnect = inQueue("vpn-connect", "network");
  private final Article vpnDrops = article("vpn-drops");
  private final Article lostDevice = escalating("lost-device", "security");

  private final StubKnowledgeBase kb =
      new StubKnowledgeBase()
          .on(VPN_QUESTION, hit(vpnConnect, 0.9), hit(vpnDrops, 0.4))
          .on(VPN_VAGUE, hit(vpnConnect, 0.6), hit(vpnDrops, 0.58))
          .onContaining("train", hit(lostDevice, 0.9));
  private final InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
  private final MutableClock clock = MutableClock.monday();
  private final RecordingChatPlatform chat = new RecordingChatPlatform();
  private final SupportBot bot = new SupportBot(kb, Desks.desk(tickets, chat, clock), clock, POLICY, MEMORY);

  private Reply say(UserRef user, ConversationRef where, String text) {
    return bot.handle(new IncomingMessage(user, where, text));
  }

  private Reply say(String text) {
    return say(ALICE, DM, text);
  }

  private Ticket stored(Reply reply) {
    assertThat(reply.ticketOpened()).as("ticket of %s", reply).isPresent();
    return tickets.find(reply.ticketOpened().orElseThrow().id()).orElseThrow();
  }

  @Test
  void handle_confidentQuestion_answersAndAsksForFeedback() {
    Reply reply = say(VPN_QUESTION);

    assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
    assertThat(reply.article()).isEqualTo(vpnConnect);
    assertThat(reply.options()).containsExactly(vpnDrops);
    assertThat(reply.askFeedback()).isTrue();
    assertThat(reply.text()).contains(vpnConnect.title(), vpnConnect.body());
    assertThat(reply.confidence()).isPositive();
    assertThat(reply.ticketOpened()).isEmpty();
  }

  @Test
  void handle_stillBrokenAfterAnswer_escalatesWithArticleAndTranscript() {
    say(VPN_QUESTION);

    Reply reply = say("still broken");

    assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(reply.reason()).isEqualTo(Reason.NOT_FIXED);
    Ticket ticket = stored(reply);
    assertThat(ticket.articlesShown()).contains(vpnConnect.id());
    assertThat(ticket.topic()).isEqualTo(vpnConnect.id());
    assertThat(ticket.queue()).isEqualTo("network");
    assertThat(ticket.requester()).isEqualTo(ALICE);
    assertThat(ticket.origin()).isEqualTo(DM);
    assertThat(ticket.openedAt()).isEqualTo(clock.instant());
    assertThat(ticket.summary()).contains(VPN_QUESTION);
    assertThat(String.join("\n", ticket.transcript()))
        .containsSubsequence(VPN_QUESTION, vpnConnect.id(), "still broken");
    assertThat(reply.text()).contains(ticket.id().value());
  }

  @Test
  void handle_thatWorkedAfterAnswer_declinesAsFixedWithoutTicket() {
    say(VPN_QUESTION);

    Reply reply = say("that worked, thanks!");

    assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
    assertThat(reply.reason()).isEqualTo(Reason.FIXED);
    assertThat(tickets.openedBy(ALICE)).isEmpty();
  }

  @Test
  void handle_stillBrokenAfterFixed_doesNotEscalateTheSettledAnswer() {
    say(VPN_QUESTION);
    say("that worked");

    Reply reply = say("still broken");

    assertThat(reply.reason()).isNotEqualTo(Reason.NOT_FIXED);
    assertThat(tickets.openedBy(ALICE)).isEmpty();
  }

  @Test
  void handle_closeTopics_clarifiesThenNumberAnswersThatOption() {
    Reply clarify = say(VPN_VAGUE);
    assertThat(clarify.decision()).isEqualTo(Decision.CLARIFY);
    assertThat(clarify.options()).containsExactly(vpnConnect, vpnDrops);
    assertThat(clarify.text()).contains("1. " + vpnConnect.title(), "2. " + vpnDrops.title());

    Reply reply = say("2");

    assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
    assertThat(reply.reason()).isEqualTo(Reason.CHOSEN_FROM_OPTIONS);
    assertThat(reply.article()).isEqualTo(vpnDrops);
  }

  @ParameterizedTest
  @ValueSource(strings = {"still broken", "none of these", "neither, it's something else", "no"})
  void handle_choicesRejectedAfterClarify_escalatesWithTheTranscript(String rejection) {
    say(VPN_VAGUE);

    Reply reply = say(rejection);

    assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(stored(reply).transcript()).anySatisfy(line -> assertThat(line).contains(VPN_VAGUE));
    assertThat(stored(reply).articlesShown()).contains(vpnConnect.id(), vpnDrops.id());
  }

  @Test
  void handle_numberOutOfRangeAfterClarify_doesNotAnswerAnOption() {
    say(VPN_VAGUE);

    Reply reply = say("7");

    assertThat(reply.reason()).isNotEqualTo(Reason.CHOSEN_FROM_OPTIONS);
    assertThat(reply.article()).isNull();
  }

  @Test
  void handle_escalatingArticle_showsItAndOpensTicketInItsQueue() {
    Reply reply = say("I left my laptop on the train");

    assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(reply.reason()).isEqualTo(Reason.ARTICLE_REQUIRES_ESCALATION);
    assertThat(reply.article()).isEqualTo(lostDevice);
    assertThat(reply.text()).contains(lostDevice.body());
    Ticket ticket = stored(reply);
    assertThat(ticket.queue()).isEqualTo("security");
    assertThat(ticket.articlesShown()).containsExactly(lostDevice.id());
  }

  @Test
  void feedback_fixedButton_declinesAsFixed() {
    say(VPN_QUESTION);

    Reply reply = bot.feedback(ALICE, DM, Feedback.FIXED);

    assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
    assertThat(reply.reason()).isEqualTo(Reason.FIXED);
    assertThat(tickets.openedBy(ALICE)).isEmpty();
  }

  @Test
  void feedback_notFixedButton_escalatesAboutTheLastAnswer() {
    say(VPN_QUESTION);

    Reply reply = bot.feedback(ALICE, DM, Feedback.NOT_FIXED);

    assertThat(reply.reason()).isEqualTo(Reason.NOT_FIXED);
    Ticket ticket = stored(reply);
    assertThat(ticket.topic()).isEqualTo(vpnConnect.id());
    assertThat(ticket.articlesShown()).contains(vpnConnect.id());
    assertThat(ticket.transcript()).anySatisfy(line -> assertThat(line).contains("NOT_FIXED"));
  }

  @Test
  void feedback_talkToPersonButton_escalatesAsAskedForPerson() {
    say(VPN_QUESTION);

    Reply reply = bot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    assertThat(reply.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(reply.reason()).isEqualTo(Reason.ASKED_FOR_PERSON);
    assertThat(stored(reply).queue()).isEqualTo("network");
  }

  @Test
  void feedback_talkToPersonWithoutAnyAnswer_opensTicketInDefaultQueue() {
    Reply reply = bot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    Ticket ticket = stored(reply);
    assertThat(ticket.topic()).isNull();
    assertThat(ticket.queue()).isEqualTo("service-desk");
  }

  @Test
  void choose_knownArticle_answersIt() {
    Reply reply = bot.choose(ALICE, DM, vpnDrops.id());

    assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
    assertThat(reply.reason()).isEqualTo(Reason.CHOSEN_FROM_OPTIONS);
    assertThat(reply.article()).isEqualTo(vpnDrops);
  }

  @Test
  void choose_unknownId_declinesAndKeepsTheOfferedOptions() {
    say(VPN_VAGUE);

    Reply reply = bot.choose(ALICE, DM, "no-such-article");

    assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
    assertThat(reply.article()).isNull();
    assertThat(reply.ticketOpened()).isEmpty();
    assertThat(say("1").article()).isEqualTo(vpnConnect);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \n\t  "})
  void handle_emptyOrWhitespace_declinesAsEmptyWithoutSearching(String text) {
    Reply reply = say(text);

    assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
    assertThat(reply.reason()).isEqualTo(Reason.EMPTY);
    assertThat(reply.text()).isNotBlank();
    assertThat(kb.searches()).isEmpty();
  }

  @Test
  void handle_greeting_declinesAsGreetingWithoutSearching() {
    Reply reply = say("Hi there!");

    assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
    assertThat(reply.reason()).isEqualTo(Reason.GREETING);
    assertThat(kb.searches()).isEmpty();
  }

  @Test
  void handle_messageWithPassword_warnsAndNeverStoresOrSearchesThePassword() {
    String password = "Tr0ub4dor&3";

    Reply reply = say("my vpn password is " + password + " and I think my account was hacked");

    assertThat(reply.text()).startsWith(Wording.SECRET_WARNING).doesNotContain(password);
    assertThat(reply.reason()).isEqualTo(Reason.ACCOUNT_COMPROMISE);
    Ticket ticket = stored(reply);
    assertThat(ticket.queue()).isEqualTo("security");
    assertThat(ticket.transcript()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(password));
    assertThat(ticket.summary()).doesNotContain(password);
    assertThat(kb.searches()).noneSatisfy(text -> assertThat(text).contains(password));
  }

  @Test
  void handle_messageWithoutSecret_hasNoWarning() {
    assertThat(say(VPN_QUESTION).text()).doesNotContain(Wording.SECRET_WARNING);
  }

  @Test
  void handle_100kbMessage_repliesAndCutsWhatIsSearchedAndStored() {
    String huge = "my vpn will not connect and here is the full log: " + "error 0x80070005 ".repeat(6_000);
    assertThat(huge.length()).isGreaterThan(100_000);

    Reply reply = say(huge);
    Reply escalated = say("can I talk to a person");

    assertThat(reply.decision()).isNotNull();
    assertThat(kb.searches()).first().satisfies(t -> assertThat(t.length()).isLessThanOrEqualTo(SupportBot.MAX_MESSAGE_CHARS));
    Ticket ticket = stored(escalated);
    assertThat(ticket.transcript()).allSatisfy(line -> assertThat(line.length()).isLessThan(SupportBot.MAX_MESSAGE_CHARS + 100));
    assertThat(ticket.summary().length()).isLessThanOrEqualTo(201);
  }

  @Test
  void handle_afterMemoryExpires_forgetsTheLastAnswer() {
    say(VPN_QUESTION);
    clock.advance(MEMORY.plusMinutes(1));

    Reply reply = say("still broken");

    assertThat(reply.reason()).isNotEqualTo(Reason.NOT_FIXED);
    assertThat(tickets.openedBy(ALICE)).isEmpty();
  }

  @Test
  void handle_beforeMemoryExpires_remembersTheLastAnswer() {
    say(VPN_QUESTION);
    clock.advance(MEMORY.minusMinutes(1));

    assertThat(say("still broken").reason()).isEqualTo(Reason.NOT_FIXED);
  }

  @Test
  void handle_afterMemoryExpires_forgetsTheOfferedOptions() {
    say(VPN_VAGUE);
    clock.advance(MEMORY.plusSeconds(1));

    assertThat(say("2").reason()).isNotEqualTo(Reason.CHOSEN_FROM_OPTIONS);
  }

  @Test
  void handle_otherUserInSameChannel_doesNotShareState() {
    say(ALICE, DM, VPN_QUESTION);

    Reply bobs = say(BOB, DM, "still broken");

    assertThat(bobs.reason()).isNotEqualTo(Reason.NOT_FIXED);
    assertThat(tickets.openedBy(BOB)).isEmpty();
    assertThat(say(ALICE, DM, "still broken").reason()).isEqualTo(Reason.NOT_FIXED);
  }

  @Test
  void handle_sameUserInAnotherThread_doesNotShareState() {
    say(ALICE, THREAD, VPN_VAGUE);

    Reply elsewhere = say(ALICE, DM, "2");

    assertThat(elsewhere.reason()).isNotEqualTo(Reason.CHOSEN_FROM_OPTIONS);
    assertThat(say(ALICE, THREAD, "2").article()).isEqualTo(vpnDrops);
  }

  @Test
  void handle_escalationFromThread_ticketKeepsOnlyThatThreadsTranscript() {
    say(ALICE, DM, "I left my laptop on the train");
    say(ALICE, THREAD, VPN_QUESTION);

    Ticket ticket = stored(say(ALICE, THREAD, "still broken"));

    assertThat(ticket.origin()).isEqualTo(THREAD);
    assertThat(ticket.transcript()).noneSatisfy(line -> assertThat(line).contains("train"));
    assertThat(ticket.articlesShown()).doesNotContain(lostDevice.id());
  }
}
