package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question the bot decided on and what happened next: the raw material of the feedback per
 * article, the gap report and the service reports. Greetings, thanks and messages relayed to an open
 * ticket are not questions.
 *
 * @param id the log's number for it, 0 before it is logged
 * @param text what the person wrote, secrets redacted
 * @param article the article answered (or, for a declined non-IT question, the one pointing elsewhere)
 * @param options the articles offered as choices or alternatives
 * @param confidence the knowledge base's confidence in its best article
 * @param ticket the ticket the question led to, if any
 */
public record Question(
    long id,
    Instant at,
    UserRef asker,
    String text,
    Decision decision,
    Reason reason,
    @Nullable String article,
    List<String> options,
    double confidence,
    FollowUp followUp,
    @Nullable TicketId ticket) {

  public Question {
    requireNonNull(at, "at");
    requireNonNull(asker, "asker");
    requireNonNull(text, "text");
    requireNonNull(decision, "decision");
    requireNonNull(reason, "reason");
    options = List.copyOf(options);
    requireNonNull(followUp, "followUp");
  }

  /** The same question as the log keeps it, under its number. */
  public Question numbered(long number) {
    return new Question(number, at, asker, text, decision, reason, article, options, confidence, followUp, ticket);
  }

  /** The same question after the person's follow-up; a ticket, once known, is kept. */
  public Question followedBy(FollowUp next, @Nullable TicketId ticketOpened) {
    return new Question(id, at, asker, text, decision, reason, article, options, confidence, next, ticketOpened == null ? ticket : ticketOpened);
  }

  /** Whether the bot gave no answer: it asked which topic, escalated, or declined without a pointer elsewhere. */
  public boolean unanswered() {
    return decision == Decision.CLARIFY || decision == Decision.ESCALATE || (decision == Decision.DECLINE && article == null);
  }
}
