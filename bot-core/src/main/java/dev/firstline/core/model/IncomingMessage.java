package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/** What a person wrote to the bot, in a direct message, a mention or a slash command. */
public record IncomingMessage(UserRef user, ConversationRef conversation, String text) {

  public IncomingMessage {
    requireNonNull(user, "user");
    requireNonNull(conversation, "conversation");
    requireNonNull(text, "text");
  }
}
