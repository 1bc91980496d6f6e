package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/** A message the bot posted, so it can be edited later (Slack ts, Discord message id). */
public record MessageRef(ConversationRef conversation, String messageId) {

  public MessageRef {
    requireNonNull(conversation, "conversation");
    requireNonNull(messageId, "messageId");
  }
}
