package dev.firstline.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Feedback per article from a seeded question log, checked against counts worked out by hand. */
class ArticleFeedbackTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
  private final List<Question> log = new ArrayList<>();

  private void answered(String article, FollowUp followUp, int times) {
    for (int i = 0; i < times; i++) {
      add(Decision.ANSWER, Reason.CONFIDENT_MATCH, article, followUp);
    }
  }

  private void add(Decision decision, Reason reason, @Nullable String article, FollowUp followUp) {
    log.add(new Question(log.size() + 1, T0.plusSeconds(log.size()), UserRef.of("slack", "U" + log.size(), "P"), "q", decision, reason, article,
        List.of(), 0.6, followUp, null));
  }

  @Test
  void of_countsEachArticlesAnswersAndFlagsTheOnesThatMostlyFail() {
    // vpn: 10 shown = 6 fixed + 1 not fixed + 1 escalated + 2 no reply -> fix 60%, to person 20%, not flagged
    answered("vpn-connect", FollowUp.FIXED, 6);
    answered("vpn-connect", FollowUp.NOT_FIXED, 1);
    answered("vpn-connect", FollowUp.ESCALATED, 1);
    answered("vpn-connect", FollowUp.NO_REPLY, 2);
    // printer: 7 shown = 2 fixed + 3 not fixed + 1 escalated + 1 no reply -> 6 replies, 4 failed: flagged
    answered("printer", FollowUp.FIXED, 2);
    answered("printer", FollowUp.NOT_FIXED, 3);
    answered("printer", FollowUp.ESCALATED, 1);
    answered("printer", FollowUp.NO_REPLY, 1);
    // wifi: 4 shown, all failed, but only 4 replies: too few to flag
    answered("wifi", FollowUp.NOT_FIXED, 4);
    // not answers: a clarify, an escalation that showed an article, a redirect
    add(Decision.CLARIFY, Reason.CLOSE_TOPICS, null, FollowUp.NO_REPLY);
    add(Decision.ESCALATE, Reason.ARTICLE_REQUIRES_ESCALATION, "lost-device", FollowUp.ESCALATED);
    add(Decision.DECLINE, Reason.NOT_IT, "facilities", FollowUp.NO_REPLY);

    List<ArticleFeedback> feedback = ArticleFeedback.of(log);

    assertThat(feedback).containsExactly(
        new ArticleFeedback("vpn-connect", 10, 6, 1, 1, 2),
        new ArticleFeedback("printer", 7, 2, 3, 1, 1),
        new ArticleFeedback("wifi", 4, 0, 4, 0, 0));
    ArticleFeedback vpn = feedback.get(0);
    assertThat(vpn.fixRate()).isCloseTo(0.6, within(1e-9));
    assertThat(vpn.escalationRate()).isCloseTo(0.2, within(1e-9));
    assertThat(vpn.flagged()).isFalse();
    ArticleFeedback printer = feedback.get(1);
    assertThat(printer.fixRate()).isCloseTo(2.0 / 7, within(1e-9));
    assertThat(printer.escalationRate()).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(printer.flagged()).isTrue();
    assertThat(feedback.get(2).flagged()).isFalse();
  }

  @Test
  void flagged_needsMoreFailuresThanFixesAmongReplies() {
    assertThat(new ArticleFeedback("a", 10, 3, 2, 1, 4).flagged()).as("3 fixed vs 3 failed: not most").isFalse();
    assertThat(new ArticleFeedback("a", 10, 2, 2, 1, 5).flagged()).as("2 fixed vs 3 failed").isTrue();
  }

  @Test
  void table_showsRatesAndMarksFlaggedArticles() {
    String table = ArticleFeedback.table(List.of(new ArticleFeedback("vpn-connect", 10, 6, 1, 1, 2), new ArticleFeedback("printer", 7, 2, 3, 1, 1)));

    assertThat(table).containsPattern("vpn-connect\\s+10\\s+60%\\s+20%\\s*\\n");
    assertThat(table).containsPattern("printer\\s+7\\s+29%\\s+57%\\s+FLAGGED");
    assertThat(table).contains("1 article(s) flagged");
    assertThat(ArticleFeedback.table(List.of())).isEqualTo("No answers in this period yet.");
  }
}
