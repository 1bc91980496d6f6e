package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a conversation happens: a direct message, or a thread in a channel. The thread is empty
 * for a direct message or a channel's main timeline.
 */
public record ConversationRef(String platform, String channelId, String threadId) {

  public ConversationRef {
    requireNonNull(platform, "platform");
    requireNonNull(channelId, "channelId");
    requireNonNull(threadId, "threadId");
  }

  public static ConversationRef direct(String platform, String channelId) {
    return new ConversationRef(platform, channelId, "");
  }
}
