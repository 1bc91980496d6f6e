package dev.firstline.discord;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.core.port.ChatPlatform;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel.AutoArchiveDuration;
import net.dv8tion.jda.api.entities.channel.forums.ForumPost;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ChatPlatform} on Discord. A conversation is a channel, or a thread in it; a direct
 * conversation is addressed by the person's user id (as the desk addresses queue leads), so it
 * still works after a restart: Discord hands back the same DM channel for the same person.
 * Calls block until Discord answers; JDA waits out rate limits and retries server errors, and
 * what still fails becomes a {@link ChatDeliveryException}.
 */
final class DiscordChat implements ChatPlatform {

  private static final int MAX_THREAD_NAME = 100;

  private volatile @Nullable JDA jda;

  void connect(@Nullable JDA connected) {
    this.jda = connected;
  }

  @Override
  public MessageRef post(ConversationRef where, OutgoingMessage message) {
    return deliver("post to " + where, () -> {
      Message sent = channel(where).sendMessage(Render.outgoing(message)).complete();
      return new MessageRef(where, sent.getId());
    });
  }

  @Override
  public void update(MessageRef message, OutgoingMessage replacement) {
    run("edit " + message, () -> channel(message.conversation()).editMessageById(message.messageId(), Render.outgoingEdit(replacement)).complete());
  }

  /** A message with a thread under it in a text channel, or a post in a forum channel. */
  @Override
  public StaffThread openThread(String channelId, OutgoingMessage summary) {
    return deliver("open a thread in " + channelId, () -> {
      ConversationRef channel = new ConversationRef(DiscordAdapter.PLATFORM, channelId, "");
      String name = threadName(summary.text());
      ForumChannel forum = connected().getChannelById(ForumChannel.class, channelId);
      if (forum != null) {
        ForumPost post = forum.createForumPost(name, Render.outgoing(summary)).complete();
        ConversationRef thread = new ConversationRef(DiscordAdapter.PLATFORM, channelId, post.getThreadChannel().getId());
        return new StaffThread(new MessageRef(thread, post.getMessage().getId()), thread);
      }
      Message posted = channel(channel).sendMessage(Render.outgoing(summary)).complete();
      ThreadChannel thread = posted.createThreadChannel(name).setAutoArchiveDuration(AutoArchiveDuration.TIME_1_WEEK).complete();
      return new StaffThread(new MessageRef(channel, posted.getId()), new ConversationRef(DiscordAdapter.PLATFORM, channelId, thread.getId()));
    });
  }

  /** The channel or thread of a conversation; a direct one is opened with the person. */
  MessageChannel channel(ConversationRef where) {
    JDA connected = connected();
    String id = where.threadId().isEmpty() ? where.channelId() : where.threadId();
    GuildMessageChannel known = connected.getChannelById(GuildMessageChannel.class, id);
    if (known != null) {
      return known;
    }
    if (!where.threadId().isEmpty()) {
      return archivedThread(connected, where)
          .orElseThrow(() -> new ChatDeliveryException("Discord thread " + id + " in " + where.channelId() + " is gone"));
    }
    return connected.openPrivateChannelById(id).complete();
  }

  /**
   * A thread archived before the bot started is not in JDA's cache (Discord sends only active
   * threads); it is looked up among the channel's archived threads, and posting in it unarchives it.
   */
  private static Optional<ThreadChannel> archivedThread(JDA connected, ConversationRef where) {
    IThreadContainer parent = connected.getChannelById(IThreadContainer.class, where.channelId());
    if (parent == null) {
      return Optional.empty();
    }
    try (Stream<ThreadChannel> archived = parent.retrieveArchivedPublicThreadChannels().stream()) {
      return archived.filter(t -> t.getId().equals(where.threadId())).findFirst();
    }
  }

  private JDA connected() {
    JDA current = jda;
    if (current == null) {
      throw new ChatDeliveryException("not connected to Discord");
    }
    return current;
  }

  private static <T> T deliver(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (ChatDeliveryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ChatDeliveryException("Discord refused to " + what + ": " + e.getMessage(), e);
    }
  }

  private static void run(String what, Runnable call) {
    deliver(what, () -> {
      call.run();
      return null;
    });
  }

  /** The summary's first line without Markdown, as Discord allows for a thread name. */
  static String threadName(String text) {
    String first = text.lines().findFirst().orElse("").replace("**", "").replace("*", "").strip();
    String name = first.isEmpty() ? "Ticket" : first;
    return name.length() <= MAX_THREAD_NAME ? name : name.substring(0, MAX_THREAD_NAME - 1) + "…";
  }
}
