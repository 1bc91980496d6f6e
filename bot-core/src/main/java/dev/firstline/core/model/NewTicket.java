package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything needed to open a ticket; the store adds the id and the time. */
public record NewTicket(
    UserRef requester,
    ConversationRef origin,
    String summary,
    Reason reason,
    String queue,
    Tier tier,
    Priority priority,
    @Nullable String topic,
    List<String> transcript,
    List<String> articlesShown) {

  public NewTicket {
    requireNonNull(requester, "requester");
    requireNonNull(origin, "origin");
    requireNonNull(summary, "summary");
    requireNonNull(reason, "reason");
    requireNonNull(queue, "queue");
    requireNonNull(tier, "tier");
    requireNonNull(priority, "priority");
    transcript = List.copyOf(transcript);
    articlesShown = List.copyOf(articlesShown);
  }
}
