package dev.firstline.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link QuestionLog} must do; each implementation's test extends this class. */
public abstract class QuestionLogContract {

  protected static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final UserRef ANA = UserRef.of("slack", "U1", "Ana");

  protected QuestionLog log;

  /** A new, empty log. */
  protected abstract QuestionLog newLog();

  @BeforeEach
  void createLog() {
    log = newLog();
  }

  /** A question as the bot would log it. */
  public static Question question(Instant at, UserRef asker, String text, Decision decision, Reason reason, @Nullable String article) {
    return new Question(0, at, asker, text, decision, reason, article, List.of(), 0.5, FollowUp.NO_REPLY, null);
  }

  @Test
  void record_numbersQuestionsAndKeepsEveryField() {
    Question asked =
        new Question(0, T0, ANA, "vpn will not connect", Decision.CLARIFY, Reason.CLOSE_TOPICS, null, List.of("vpn-connect", "vpn-drops"), 0.41,
            FollowUp.NO_REPLY, null);

    Question first = log.record(asked);
    Question second = log.record(question(T0.plusSeconds(1), ANA, "wifi", Decision.ANSWER, Reason.CONFIDENT_MATCH, "wifi"));

    assertThat(first.id()).isPositive();
    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(log.since(T0)).containsExactly(first, second);
    assertThat(log.since(T0).getFirst()).isEqualTo(asked.numbered(first.id()));
  }

  @Test
  void followUp_setsTheOutcomeAndKeepsTheTicketOnceKnown() {
    Question answered = log.record(question(T0, ANA, "vpn", Decision.ANSWER, Reason.CONFIDENT_MATCH, "vpn-connect"));
    TicketId ticket = TicketId.of("HD", 7);

    log.followUp(answered.id(), FollowUp.NOT_FIXED, ticket);
    assertThat(log.since(T0).getFirst()).returns(FollowUp.NOT_FIXED, Question::followUp).returns(ticket, Question::ticket);

    log.followUp(answered.id(), FollowUp.ESCALATED, null);
    assertThat(log.since(T0).getFirst()).returns(FollowUp.ESCALATED, Question::followUp).returns(ticket, Question::ticket);
  }

  @Test
  void followUp_ofAnUnknownQuestion_changesNothing() {
    Question answered = log.record(question(T0, ANA, "vpn", Decision.ANSWER, Reason.CONFIDENT_MATCH, "vpn-connect"));

    log.followUp(answered.id() + 1000, FollowUp.FIXED, null);

    assertThat(log.since(T0)).containsExactly(answered);
  }

  @Test
  void since_leavesOutOlderQuestions() {
    log.record(question(T0, ANA, "old", Decision.ANSWER, Reason.CONFIDENT_MATCH, "wifi"));
    Question recent = log.record(question(T0.plus(Duration.ofDays(2)), ANA, "new", Decision.DECLINE, Reason.NOT_IT, null));

    assertThat(log.since(T0.plus(Duration.ofDays(1)))).containsExactly(recent);
  }
}
