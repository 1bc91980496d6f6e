package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An escalation to a person: who asked, where, what was said and shown, and which queue takes it.
 *
 * @param topic the article id the problem is about, if one was found
 * @param transcript the conversation so far, oldest first, secrets already redacted
 * @param articlesShown ids of the articles the person already saw
 */
public record Ticket(
    TicketId id,
    UserRef requester,
    ConversationRef origin,
    String summary,
    Reason reason,
    String queue,
    @Nullable String topic,
    List<String> transcript,
    List<String> articlesShown,
    Instant openedAt) {

  public Ticket {
    requireNonNull(id, "id");
    requireNonNull(requester, "requester");
    requireNonNull(origin, "origin");
    requireNonNull(summary, "summary");
    requireNonNull(reason, "reason");
    requireNonNull(queue, "queue");
    transcript = List.copyOf(transcript);
    articlesShown = List.copyOf(articlesShown);
    requireNonNull(openedAt, "openedAt");
  }
}
