package dev.firstline.bench.setup;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.port.ChatPlatform;

/** A chat platform that sends nothing, so benchmarks measure the bot alone. */
public final class DiscardingChat implements ChatPlatform {

  @Override
  public MessageRef post(ConversationRef where, OutgoingMessage message) {
    return new MessageRef(where, "0");
  }

  @Override
  public void update(MessageRef message, OutgoingMessage replacement) {}

  @Override
  public StaffThread openThread(String channelId, OutgoingMessage summary) {
    ConversationRef channel = new ConversationRef("bench", channelId, "");
    return new StaffThread(new MessageRef(channel, "0"), new ConversationRef("bench", channelId, "0"));
  }
}
