package dev.firstline.core;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.core.port.ChatPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat platform that keeps everything sent to it, for assertions; it can be told to fail. */
public final class RecordingChatPlatform implements ChatPlatform {

  /** One message posted or edited. */
  public record Sent(ConversationRef where, OutgoingMessage message, boolean edit) {}

  private final List<Sent> sent = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile boolean failing;

  @Override
  public synchronized MessageRef post(ConversationRef where, OutgoingMessage message) {
    failIfAsked();
    sent.add(new Sent(where, message, false));
    return new MessageRef(where, "m" + ids.incrementAndGet());
  }

  @Override
  public synchronized void update(MessageRef message, OutgoingMessage replacement) {
    failIfAsked();
    sent.add(new Sent(message.conversation(), replacement, true));
  }

  @Override
  public synchronized StaffThread openThread(String channelId, OutgoingMessage summary) {
    failIfAsked();
    String id = "m" + ids.incrementAndGet();
    ConversationRef channel = new ConversationRef("test", channelId, "");
    sent.add(new Sent(channel, summary, false));
    return new StaffThread(new MessageRef(channel, id), new ConversationRef("test", channelId, id));
  }

  /** Makes every later call fail as a platform outage would, until called with false. */
  public void failing(boolean fail) {
    this.failing = fail;
  }

  public synchronized List<Sent> all() {
    return List.copyOf(sent);
  }

  /** Texts of new messages (not edits) posted to this conversation, oldest first. */
  public synchronized List<String> textsTo(ConversationRef where) {
    return sent.stream().filter(s -> s.where().equals(where) && !s.edit()).map(s -> s.message().text()).toList();
  }

  /** The last message posted to or edited in a channel (any thread). */
  public synchronized List<Sent> inChannel(String channelId) {
    return sent.stream().filter(s -> s.where().channelId().equals(channelId)).toList();
  }

  private void failIfAsked() {
    if (failing) {
      throw new ChatDeliveryException("platform unavailable (test)");
    }
  }
}
