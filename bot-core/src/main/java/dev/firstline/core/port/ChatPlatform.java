package dev.firstline.core.port;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;

/**
 * Sending to Slack, Discord or the terminal. Implementations never let text ping @here, @channel,
 * @everyone or a group, and throw {@link ChatDeliveryException} when the platform refuses a message
 * after their own retries.
 */
public interface ChatPlatform {

  /** Posts a message in a conversation (a direct message or a thread). */
  MessageRef post(ConversationRef where, OutgoingMessage message);

  /** Replaces a message the bot posted earlier. */
  void update(MessageRef message, OutgoingMessage replacement);

  /** Posts a summary in a staff channel and opens the thread under it. */
  StaffThread openThread(String channelId, OutgoingMessage summary);
}
