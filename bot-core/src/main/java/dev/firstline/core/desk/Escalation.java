package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation the bot hands to a person: who, where, why, what was said and shown.
 *
 * @param topic the article the problem is about, if one was found
 * @param articleQueue that article's queue, the default route for the topic
 */
public record Escalation(
    UserRef requester,
    ConversationRef origin,
    String summary,
    Reason reason,
    @Nullable String topic,
    @Nullable String articleQueue,
    List<String> transcript,
    List<String> articlesShown) {

  public Escalation {
    requireNonNull(requester, "requester");
    requireNonNull(origin, "origin");
    requireNonNull(summary, "summary");
    requireNonNull(reason, "reason");
    transcript = List.copyOf(transcript);
    articlesShown = List.copyOf(articlesShown);
  }
}
