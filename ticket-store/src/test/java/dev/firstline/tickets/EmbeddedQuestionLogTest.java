package dev.firstline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.QuestionLogContract;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedQuestionLogTest extends QuestionLogContract {

  @TempDir
  Path dataDir;

  private JdbcTicketStore store;

  @Override
  protected QuestionLog newLog() {
    store = JdbcTicketStore.embedded(dataDir, "HD");
    return store.questionLog();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void questions_surviveARestart() {
    Question kept = log.record(question(T0, UserRef.of("discord", "42", "Ana"), "printer jams", Decision.ANSWER, Reason.CONFIDENT_MATCH, "printer"));
    store.close();

    store = JdbcTicketStore.embedded(dataDir, "HD");

    assertThat(store.questionLog().since(T0)).containsExactly(kept);
  }
}
