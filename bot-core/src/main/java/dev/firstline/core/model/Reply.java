package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bot's answer to one message, neutral of any platform: adapters render the text and, when
 * {@link #askFeedback()} is set, the "that fixed it / still not working / talk to a person" choices.
 *
 * @param decision what the bot decided
 * @param reason why
 * @param text the reply to show, plain Markdown
 * @param article the article answered or shown, if any
 * @param options articles offered as alternatives (after an answer) or as choices (to clarify)
 * @param ticket the ticket opened by an escalation, if any
 * @param askFeedback whether to ask whether the answer fixed the problem
 * @param confidence the knowledge base's confidence in its best article for this message, 0 when
 *     the message was not searched (a greeting, a follow-up, a click)
 */
public record Reply(
    Decision decision,
    Reason reason,
    String text,
    @Nullable Article article,
    List<Article> options,
    @Nullable Ticket ticket,
    boolean askFeedback,
    double confidence) {

  public Reply {
    requireNonNull(decision, "decision");
    requireNonNull(reason, "reason");
    requireNonNull(text, "text");
    options = List.copyOf(options);
  }

  public Optional<Article> articleShown() {
    return Optional.ofNullable(article);
  }

  public Optional<Ticket> ticketOpened() {
    return Optional.ofNullable(ticket);
  }
}
