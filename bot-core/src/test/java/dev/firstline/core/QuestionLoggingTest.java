package dev.firstline.core;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The bot keeps each question it decided on, and what the person said next, in its question log. */
class QuestionLoggingTest {

  private static final DecisionPolicy POLICY = new DecisionPolicy(0.5, 0.8, 0.1, 0.5, 0.3, 0.2);
  private static final UserRef ALICE = UserRef.of("slack", "U1", "Alice");
  private static final ConversationRef DM = ConversationRef.direct("slack", "D1");
  private static final String VPN_QUESTION = "my vpn will not connect from home";
  private static final String VPN_VAGUE = "vpn trouble";

  private final Article vpnConnect = article("vpn-connect");
  private final Article vpnDrops = article("vpn-drops");
  private final StubKnowledgeBase kb =
      new StubKnowledgeBase().on(VPN_QUESTION, hit(vpnConnect, 0.9), hit(vpnDrops, 0.4)).on(VPN_VAGUE, hit(vpnConnect, 0.6), hit(vpnDrops, 0.58));
  private final InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
  private final MutableClock clock = MutableClock.monday();
  private final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  private final SupportBot bot = botWith(questions);

  private SupportBot botWith(QuestionLog log) {
    return new SupportBot(kb, Desks.desk(tickets, new RecordingChatPlatform(), clock), clock, POLICY, Duration.ofHours(2), dev.firstline.core.port.BotMonitor.NONE, log);
  }

  private Reply say(String text) {
    return bot.handle(new IncomingMessage(ALICE, DM, text));
  }

  private List<Question> logged() {
    return questions.since(Instant.EPOCH);
  }

  @Test
  void answerThenFixedButton_logsTheAnswerAsFixed() {
    say(VPN_QUESTION);
    bot.feedback(ALICE, DM, Feedback.FIXED);

    assertThat(logged()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo(VPN_QUESTION);
      assertThat(q.decision()).isEqualTo(Decision.ANSWER);
      assertThat(q.article()).isEqualTo("vpn-connect");
      assertThat(q.options()).containsExactly("vpn-drops");
      assertThat(q.confidence()).isPositive();
      assertThat(q.at()).isEqualTo(clock.instant());
      assertThat(q.followUp()).isEqualTo(FollowUp.FIXED);
      assertThat(q.ticket()).isNull();
    });
  }

  @Test
  void answerThenStillBrokenInWords_logsNotFixedWithTheTicket() {
    say(VPN_QUESTION);
    Reply escalated = say("still broken");

    assertThat(logged()).singleElement().satisfies(q -> {
      assertThat(q.followUp()).isEqualTo(FollowUp.NOT_FIXED);
      assertThat(q.ticket()).isEqualTo(ticketOf(escalated));
    });
  }

  @Test
  void answerThenTalkToPerson_logsEscalated() {
    say(VPN_QUESTION);
    Reply escalated = bot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    assertThat(logged()).singleElement().returns(FollowUp.ESCALATED, Question::followUp).returns(ticketOf(escalated), Question::ticket);
  }

  @Test
  void answerWithoutReply_staysNoReply_andTheNextQuestionIsLoggedApart() {
    say(VPN_QUESTION);
    say("what is the meaning of life");

    assertThat(logged()).hasSize(2);
    assertThat(logged().getFirst().followUp()).isEqualTo(FollowUp.NO_REPLY);
    assertThat(logged().get(1).decision()).isNotEqualTo(Decision.ANSWER);
  }

  @Test
  void clarifyThenChoice_logsTheClarifyAndTheChosenAnswerInTheFirstWords() {
    say(VPN_VAGUE);
    say("2");
    bot.feedback(ALICE, DM, Feedback.FIXED);

    assertThat(logged()).hasSize(2);
    assertThat(logged().getFirst()).returns(Decision.CLARIFY, Question::decision).returns(List.of("vpn-connect", "vpn-drops"), Question::options);
    assertThat(logged().get(1))
        .returns(Decision.ANSWER, Question::decision)
        .returns(Reason.CHOSEN_FROM_OPTIONS, Question::reason)
        .returns("vpn-drops", Question::article)
        .returns(VPN_VAGUE, Question::text)
        .returns(FollowUp.FIXED, Question::followUp);
  }

  @Test
  void immediateEscalation_isLoggedEscalatedWithItsTicket() {
    Reply escalated = say("I need to talk to a human about my account");

    assertThat(logged()).singleElement().returns(Decision.ESCALATE, Question::decision).returns(FollowUp.ESCALATED, Question::followUp)
        .returns(ticketOf(escalated), Question::ticket);
  }

  @Test
  void greetingsThanksAndRelayedMessages_areNotQuestions() {
    say("hi");
    say("thanks!");
    say("I need to talk to a human");
    say("here is more detail for the engineer");

    assertThat(logged()).singleElement().returns(Decision.ESCALATE, Question::decision);
  }

  @Test
  void pastedSecret_isLoggedRedacted() {
    say("my vpn will not connect, my password is Hunter2Secret!");

    assertThat(logged()).singleElement().extracting(Question::text).asString().doesNotContain("Hunter2Secret");
  }

  @Test
  void failingLog_costsNoReply() {
    QuestionLog broken = new QuestionLog() {
      @Override
      public Question record(Question question) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public void followUp(long id, FollowUp followUp, @Nullable TicketId ticket) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public List<Question> since(Instant from) {
        return List.of();
      }
    };
    SupportBot withBrokenLog = botWith(broken);

    Reply reply = withBrokenLog.handle(new IncomingMessage(ALICE, DM, VPN_QUESTION));

    assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
    assertThat(withBrokenLog.feedback(ALICE, DM, Feedback.FIXED).reason()).isEqualTo(Reason.FIXED);
  }

  private static TicketId ticketOf(Reply reply) {
    return reply.ticketOpened().orElseThrow().id();
  }
}
