package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import dev.firstline.tickets.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firstline kb feedback}: feedback per article from the question log in the configured store. */
class KbFeedbackCommandTest {

  @TempDir Path dir;

  @Test
  void feedback_countsAnswersInThePeriodFromTheStore() {
    String config = Cli.config(dir, "knowledge-base: " + Cli.KB, "semantic-search: false");
    Instant now = Instant.now();
    try (JdbcTicketStore store = JdbcTicketStore.embedded(dir.resolve("data"), "HD")) {
      seed(store, now.minus(Duration.ofDays(2)), "printer", FollowUp.FIXED, FollowUp.NOT_FIXED, FollowUp.NOT_FIXED, FollowUp.ESCALATED,
          FollowUp.NOT_FIXED, FollowUp.FIXED);
      seed(store, now.minus(Duration.ofDays(1)), "vpn-connect", FollowUp.FIXED, FollowUp.NO_REPLY);
      seed(store, now.minus(Duration.ofDays(20)), "wifi", FollowUp.FIXED); // before --since 7d
    }

    Cli cli = Cli.run("kb", "feedback", "--since", "7d", "--config", config);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .containsPattern("printer\\s+6\\s+33%\\s+67%\\s+FLAGGED")
        .containsPattern("vpn-connect\\s+2\\s+50%\\s+0%")
        .doesNotContain("wifi")
        .contains("1 article(s) flagged");
  }

  @Test
  void feedback_afterALocalChat_countsTheAnswerAndItsFollowUp() {
    String config = Cli.config(dir, "knowledge-base: " + Cli.KB, "semantic-search: false");

    Cli chat = Cli.runWithInput("I forgot my password\nthat worked, thanks\n", "chat", "--config", config);
    Cli cli = Cli.run("kb", "feedback", "--config", config);

    assertThat(chat.exitCode()).as(chat.err()).isZero();
    assertThat(cli.out()).containsPattern("password-reset\\s+1\\s+100%\\s+0%");
  }

  @Test
  void feedback_badPeriod_isRefusedWithTheFormsAllowed() {
    Cli cli = Cli.run("kb", "feedback", "--since", "a while", "--config", Cli.config(dir));

    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err()).contains("'a while' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01");
  }

  private static void seed(JdbcTicketStore store, Instant at, String article, FollowUp... followUps) {
    for (FollowUp followUp : followUps) {
      Question asked = store.questionLog().record(
          new Question(0, at, UserRef.of("local", "ana", "Ana"), "q", Decision.ANSWER, Reason.CONFIDENT_MATCH, article, List.of(), 0.7, FollowUp.NO_REPLY, null));
      store.questionLog().followUp(asked.id(), followUp, null);
    }
  }
}
