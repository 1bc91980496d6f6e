package dev.firstline.core.port;

import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.TicketId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the questions the bot decided on are kept, with their follow-up, for knowledge managers'
 * and leads' reports. Shared by every bot instance; each method is atomic.
 */
public interface QuestionLog {

  /** The log that keeps nothing. */
  QuestionLog NONE =
      new QuestionLog() {
        @Override
        public Question record(Question question) {
          return question;
        }

        @Override
        public void followUp(long id, FollowUp followUp, @Nullable TicketId ticket) {}

        @Override
        public List<Question> since(Instant from) {
          return List.of();
        }
      };

  /** Keeps a question and returns it with its number. */
  Question record(Question question);

  /** Sets what happened after question {@code id}; a non-null ticket is linked to it. Unknown ids are ignored. */
  void followUp(long id, FollowUp followUp, @Nullable TicketId ticket);

  /** The questions asked at or after {@code from}, oldest first. */
  List<Question> since(Instant from);
}
