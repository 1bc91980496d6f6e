package dev.firstline.app;

import dev.firstline.core.model.Action;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.port.ChatPlatform;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The chat platform of {@code firstline chat}: everything the bot sends is printed, labelled with where it went. */
final class TerminalChatPlatform implements ChatPlatform {

  static final String PLATFORM = "local";

  private final PrintWriter out;
  private final AtomicInteger ids = new AtomicInteger();

  TerminalChatPlatform(PrintWriter out) {
    this.out = out;
  }

  @Override
  public MessageRef post(ConversationRef where, OutgoingMessage message) {
    print(label(where), message);
    return new MessageRef(where, "m" + ids.incrementAndGet());
  }

  @Override
  public void update(MessageRef message, OutgoingMessage replacement) {
    print(label(message.conversation()) + " (updated)", replacement);
  }

  @Override
  public StaffThread openThread(String channelId, OutgoingMessage summary) {
    String id = "m" + ids.incrementAndGet();
    ConversationRef channel = new ConversationRef(PLATFORM, channelId, "");
    print("#" + channelId, summary);
    return new StaffThread(new MessageRef(channel, id), new ConversationRef(PLATFORM, channelId, id));
  }

  private synchronized void print(String where, OutgoingMessage message) {
    out.println("  [" + where + "] " + message.text().replace("\n", "\n  " + " ".repeat(where.length() + 3)));
    if (!message.actions().isEmpty()) {
      out.println("  " + " ".repeat(where.length() + 3) + message.actions().stream().map(a -> "[" + a.label() + ": /" + command(a) + "]").collect(Collectors.joining(" ")));
    }
    out.flush();
  }

  private static String command(Action action) {
    String[] parts = action.id().split(":");
    return parts.length == 3 ? parts[0] + " " + parts[1] + " " + parts[2] : parts[0] + " " + parts[1];
  }

  private static String label(ConversationRef where) {
    if (where.threadId().isEmpty()) {
      return where.channelId().startsWith("D-") || where.channelId().equals("terminal") ? "to " + where.channelId() : "#" + where.channelId();
    }
    return "#" + where.channelId() + " thread " + where.threadId();
  }
}
