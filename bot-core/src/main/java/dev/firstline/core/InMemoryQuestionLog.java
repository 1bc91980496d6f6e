package dev.firstline.core;

import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.port.QuestionLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A question log that lives in memory only: for tests and for trying the bot without a database. */
public final class InMemoryQuestionLog implements QuestionLog {

  private final Map<Long, Question> questions = new LinkedHashMap<>();
  private long sequence;

  @Override
  public synchronized Question record(Question question) {
    Question numbered = question.numbered(++sequence);
    questions.put(numbered.id(), numbered);
    return numbered;
  }

  @Override
  public synchronized void followUp(long id, FollowUp followUp, @Nullable TicketId ticket) {
    questions.computeIfPresent(id, (k, q) -> q.followedBy(followUp, ticket));
  }

  @Override
  public synchronized List<Question> since(Instant from) {
    return questions.values().stream().filter(q -> !q.at().isBefore(from)).toList();
  }
}
