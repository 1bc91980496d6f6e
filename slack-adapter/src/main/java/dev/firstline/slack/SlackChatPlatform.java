package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.slack.BlockKit.Rendered;

/**
 * The core's {@link ChatPlatform} on Slack: messages are {@code chat.postMessage} (in the thread
 * when the conversation has one), edits are {@code chat.update}, and a staff thread is the
 * ticket's summary posted in the queue's channel, its thread under the summary's {@code ts}.
 * Text is escaped and {@code link_names} is never set, so nothing posted can ping anyone.
 */
final class SlackChatPlatform implements ChatPlatform {

  static final String PLATFORM = "slack";

  private final MethodsClient methods;
  private final WebApi api;

  SlackChatPlatform(MethodsClient methods, WebApi api) {
    this.methods = requireNonNull(methods, "methods");
    this.api = requireNonNull(api, "api");
  }

  @Override
  public MessageRef post(ConversationRef where, OutgoingMessage message) {
    return post(where, BlockKit.message(message));
  }

  @Override
  public void update(MessageRef message, OutgoingMessage replacement) {
    Rendered rendered = BlockKit.message(replacement);
    api.call("chat.update " + message.conversation().channelId() + " " + message.messageId(), () -> methods.chatUpdate(r -> r
        .channel(message.conversation().channelId())
        .ts(message.messageId())
        .text(rendered.text())
        .blocks(rendered.blocks())));
  }

  @Override
  public StaffThread openThread(String channelId, OutgoingMessage summary) {
    ConversationRef channel = ConversationRef.direct(PLATFORM, channelId);
    MessageRef posted = post(channel, BlockKit.message(summary));
    return new StaffThread(posted, new ConversationRef(PLATFORM, channelId, posted.messageId()));
  }

  /** Posts rendered blocks; the message id is Slack's {@code ts}. */
  MessageRef post(ConversationRef where, Rendered rendered) {
    String thread = where.threadId().isEmpty() ? null : where.threadId();
    ChatPostMessageResponse response = api.call("chat.postMessage to " + where.channelId(), () -> methods.chatPostMessage(r -> r
        .channel(where.channelId())
        .threadTs(thread)
        .text(rendered.text())
        .blocks(rendered.blocks())
        .unfurlLinks(false)
        .unfurlMedia(false)));
    return new MessageRef(where, response.getTs());
  }

  /** A message only {@code userId} sees, in a channel (and thread) or a direct message. */
  void postEphemeral(ConversationRef where, String userId, String markdown) {
    Rendered rendered = BlockKit.text(markdown);
    String thread = where.threadId().isEmpty() ? null : where.threadId();
    api.call("chat.postEphemeral to " + where.channelId(), () -> methods.chatPostEphemeral(r -> r
        .channel(where.channelId())
        .user(userId)
        .threadTs(thread)
        .text(rendered.text())
        .blocks(rendered.blocks())));
  }

  /** Marks a message with an emoji reaction (a relayed staff message, a kept note). */
  void react(String channelId, String ts, String emoji) {
    api.call("reactions.add " + emoji, () -> methods.reactionsAdd(r -> r.channel(channelId).timestamp(ts).name(emoji)));
  }
}
