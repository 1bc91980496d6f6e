package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import dev.firstline.core.SupportBot;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.Reports;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requester's side: direct messages, mentions answered in their thread, replies in such a
 * thread, {@code /helpdesk}, and the buttons under answers. Each turns into one core call whose
 * reply is posted back as Block Kit; the work runs after Slack has been acknowledged.
 */
final class Requesters {

  private static final Logger log = LoggerFactory.getLogger(Requesters.class);
  static final String USAGE = "Ask me an IT question: `/helpdesk my VPN keeps dropping`, or see your tickets with `/helpdesk status`."
      + " You can also message me directly or mention me in a channel. Leads: `/helpdesk report [30d|7d|24h|2026-11-01]`.";

  /** {@code report} alone or with a period; "report a phishing mail" is a question. */
  private static final Pattern REPORT = Pattern.compile("report(\\s+(\\d+[hdw]|\\d{4}-\\d{2}-\\d{2}))?");

  private final SupportBot bot;
  private final TicketStore tickets;
  private final SlackChatPlatform chat;
  private final MethodsClient methods;
  private final WebApi api;
  private final SlackPeople people;
  private final InOrder work;
  private final @Nullable String articleUrlPrefix;
  private final Reports reports;
  /** Threads where the bot answered a mention: channel + thread ts to the asker's user id. */
  private final Cache<String, String> threads = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(8)).maximumSize(100_000).build();
  /** Articles recently shown shortened, for "show the whole article". */
  private final Cache<String, Article> shown = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1)).maximumSize(1_000).build();

  Requesters(SupportBot bot, TicketStore tickets, SlackChatPlatform chat, MethodsClient methods, WebApi api, SlackPeople people, InOrder work,
      @Nullable String articleUrlPrefix, Reports reports) {
    this.bot = requireNonNull(bot, "bot");
    this.tickets = requireNonNull(tickets, "tickets");
    this.chat = chat;
    this.methods = methods;
    this.api = api;
    this.people = people;
    this.work = work;
    this.articleUrlPrefix = articleUrlPrefix;
    this.reports = requireNonNull(reports, "reports");
  }

  /** A direct message to the bot. */
  void direct(String userId, String channelId, String text) {
    ConversationRef conversation = ConversationRef.direct(SlackChatPlatform.PLATFORM, channelId);
    work.run(key(conversation), "direct message from " + userId, () -> ask(userId, conversation, text));
  }

  /** A mention at the top of a channel: answered in a new thread under it. */
  void mentioned(String userId, String channelId, String ts, String text) {
    ConversationRef thread = new ConversationRef(SlackChatPlatform.PLATFORM, channelId, ts);
    threads.put(key(thread), userId);
    work.run(key(thread), "mention by " + userId, () -> ask(userId, thread, text));
  }

  /**
   * A message in a thread that is not a staff thread: taken when it mentions the bot, or when its
   * author asked the bot in this thread or has a ticket from it; other people's chatter is not.
   * Runs on the conversation's worker already.
   */
  void inThread(String userId, ConversationRef thread, String text, boolean mentioned) {
    String asker = threads.getIfPresent(key(thread));
    if (mentioned) {
      threads.put(key(thread), userId);
    } else if (!userId.equals(asker) && tickets.latestNotClosed(people.user(userId), thread).isEmpty()) {
      return;
    }
    ask(userId, thread, text);
  }

  /** {@code /helpdesk …}: a question (answered in the direct message), {@code status}, {@code report} for leads, or help. */
  void command(String userId, String text, Consumer<String> respond) {
    String question = text.strip();
    String word = question.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || word.equals("help")) {
      work.runAnyOrder("/helpdesk help", () -> respond.accept(USAGE));
    } else if (word.equals("status")) {
      work.runAnyOrder("/helpdesk status for " + userId, () -> respond.accept(status(people.user(userId))));
    } else if (REPORT.matcher(word).matches()) {
      String since = question.substring("report".length()).strip();
      work.runAnyOrder("/helpdesk report for " + userId, () -> respond.accept(reports.summaryFor(people.user(userId), since).markdown()));
    } else {
      work.runAnyOrder("/helpdesk question from " + userId, () -> {
        String channel;
        try {
          channel = api.call("conversations.open " + userId, () -> methods.conversationsOpen(r -> r.users(List.of(userId)))).getChannel().getId();
        } catch (ChatDeliveryException e) {
          log.error("cannot open a direct message with {}: {}", userId, e.getMessage());
          respond.accept("Sorry, I cannot reach you in a direct message right now. Please try again in a minute.");
          return;
        }
        ConversationRef conversation = ConversationRef.direct(SlackChatPlatform.PLATFORM, channel);
        respond.accept("I am answering you in our direct messages.");
        work.run(key(conversation), "/helpdesk question from " + userId, () -> {
          chat.post(conversation, BlockKit.text("You asked: " + question));
          ask(userId, conversation, question);
        });
      });
    }
  }

  /** "That fixed it", "Still not working" or "Talk to a person", from the person who asked. */
  void feedback(String userId, String askerId, ConversationRef conversation, Feedback feedback) {
    if (!userId.equals(askerId)) {
      work.runAnyOrder("feedback by someone else", () -> chat.postEphemeral(conversation, userId, "These buttons are for the person who asked."));
      return;
    }
    work.run(key(conversation), "feedback " + feedback + " from " + userId, () -> post(conversation, userId, bot.feedback(people.user(userId), conversation, feedback)));
  }

  /** An article picked from the offered choices. */
  void choose(String userId, String askerId, ConversationRef conversation, String articleId) {
    if (!userId.equals(askerId)) {
      work.runAnyOrder("choice by someone else", () -> chat.postEphemeral(conversation, userId, "These buttons are for the person who asked."));
      return;
    }
    work.run(key(conversation), "choice " + articleId + " by " + userId, () -> post(conversation, userId, bot.choose(people.user(userId), conversation, articleId)));
  }

  /** The whole text of an article that was shortened. */
  void fullArticle(String userId, ConversationRef conversation, String articleId) {
    work.run(key(conversation), "whole article " + articleId, () -> {
      Article article = shown.getIfPresent(articleId);
      if (article == null) {
        chat.postEphemeral(conversation, userId, "That article is no longer at hand; please ask your question again.");
      } else {
        chat.post(conversation, BlockKit.fullArticle(article));
      }
    });
  }

  static String key(ConversationRef conversation) {
    return conversation.channelId() + "/" + conversation.threadId();
  }

  private void ask(String userId, ConversationRef conversation, String text) {
    UserRef user = people.user(userId);
    Reply reply = bot.handle(new IncomingMessage(user, conversation, SlackText.plain(text)));
    post(conversation, userId, reply);
  }

  private void post(ConversationRef conversation, String userId, Reply reply) {
    reply.articleShown().ifPresent(a -> shown.put(a.id(), a));
    try {
      chat.post(conversation, BlockKit.reply(reply, userId, articleUrlPrefix));
    } catch (ChatDeliveryException e) {
      // the core has already acted (a ticket is kept even if this answer is lost)
      log.error("could not answer {} in {}: {}", userId, conversation, e.getMessage());
    }
  }

  /** An engineer's queues (see {@link QueueLines}), then the person's own tickets. */
  private String status(UserRef user) {
    String queues = QueueLines.of(reports.queuesOf(user));
    return queues.isEmpty() ? ownTickets(user) : "**Your queues**\n" + queues + "\n\n" + ownTickets(user);
  }

  private String ownTickets(UserRef user) {
    List<Ticket> open = tickets.openedBy(user).stream().filter(t -> t.status() != TicketStatus.CLOSED).toList();
    if (open.isEmpty()) {
      return "You have no open tickets. " + USAGE;
    }
    StringBuilder text = new StringBuilder("Your tickets:\n");
    for (Ticket t : open) {
      text.append("• **").append(t.id()).append("** ").append(statusOf(t)).append(" · ").append(t.queue()).append(" · ")
          .append(SlackText.cut(t.summary(), 120)).append('\n');
    }
    return text.toString().strip();
  }

  static String statusOf(Ticket t) {
    return switch (t.status()) {
      case OPEN -> "waiting for an engineer";
      case CLAIMED -> "with " + (t.assignee() == null ? "an engineer" : t.assignee().displayName());
      case WAITING_ON_REQUESTER -> "waiting for your answer";
      case RESOLVED -> "resolved";
      case REOPENED -> "reopened";
      case CLOSED -> "closed";
    };
  }
}
