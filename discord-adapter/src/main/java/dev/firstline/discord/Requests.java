package dev.firstline.discord;

import dev.firstline.core.SupportBot;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.ReportText;
import dev.firstline.core.report.Reports;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What requesters do: write in a direct message, mention the bot in an allowed channel (answered in
 * a thread on their message), use {@code /helpdesk ask} or {@code /helpdesk status} (leads also
 * {@code /helpdesk report}), and press the
 * buttons under an answer. Each becomes one {@link SupportBot} call; slash commands answer in
 * their direct conversation with the bot, so what staff write later reaches them privately.
 */
final class Requests {

  private static final Logger log = LoggerFactory.getLogger(Requests.class);
  private static final int MAX_TICKETS_LISTED = 10;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final SupportBot bot;
  private final TicketStore tickets;
  private final KnowledgeBase articles;
  private final Reports reports;

  Requests(SupportBot bot, TicketStore tickets, KnowledgeBase articles, Reports reports) {
    this.bot = bot;
    this.tickets = tickets;
    this.articles = articles;
    this.reports = reports;
  }

  void direct(MessageReceivedEvent e, UserRef user) {
    ConversationRef where = ConversationRef.direct(DiscordAdapter.PLATFORM, user.id());
    answer(e.getChannel(), user, where, e.getMessage().getContentRaw());
  }

  /** A mention in an allowed channel: answered in a thread on the message, where the talk goes on. */
  void mention(MessageReceivedEvent e, UserRef user, String text) {
    Message message = e.getMessage();
    MessageChannel target = e.getChannel();
    String threadId = "";
    try {
      ThreadChannel thread = message.createThreadChannel(DiscordChat.threadName("Help: " + text)).complete();
      target = thread;
      threadId = thread.getId();
    } catch (RuntimeException ex) {
      log.warn("could not open a thread on {} in {}, answering in the channel: {}", message.getId(), e.getChannel().getId(), ex.getMessage());
    }
    answer(target, user, new ConversationRef(DiscordAdapter.PLATFORM, e.getChannel().getId(), threadId), text);
  }

  /** A message in a thread the bot opened for a requester: the conversation goes on. */
  void inThread(MessageReceivedEvent e, ThreadChannel thread, UserRef user, String text) {
    answer(thread, user, new ConversationRef(DiscordAdapter.PLATFORM, thread.getParentChannel().getId(), thread.getId()), text);
  }

  void ask(SlashCommandInteractionEvent e, UserRef user) {
    String question = Optional.ofNullable(e.getOption("question")).map(OptionMapping::getAsString).orElse("");
    ConversationRef where = ConversationRef.direct(DiscordAdapter.PLATFORM, user.id());
    Interactions.deferred(e, e.isFromGuild(), () -> Render.reply(bot.handle(new IncomingMessage(user, where, question)), user.id(), where));
  }

  /** The person's tickets; an engineer first sees their line's queues with their figures. */
  void status(SlashCommandInteractionEvent e, UserRef user) {
    Interactions.deferred(e, true, () -> {
      String queues = reports.queuesOf(user).stream().map(q -> "• " + ReportText.queue(q)).collect(Collectors.joining("\n"));
      String own = ticketList(tickets.openedBy(user));
      return Render.text(queues.isEmpty() ? own : "**Your queues**\n" + queues + "\n\n" + own);
    });
  }

  /** {@code /helpdesk report [since]}: the service summary for leads, a polite refusal for others; only they see it. */
  void report(SlashCommandInteractionEvent e, UserRef user) {
    String since = Optional.ofNullable(e.getOption("since")).map(OptionMapping::getAsString).orElse("");
    Interactions.deferred(e, true, () -> Render.text(reports.summaryFor(user, since).markdown()));
  }

  void feedback(ButtonInteractionEvent e, UserRef user, ComponentId id) {
    if (!owns(e, user, id)) {
      return;
    }
    Feedback feedback = Feedback.valueOf(id.value());
    Interactions.deferred(e, false, () -> Render.reply(bot.feedback(user, id.where(), feedback), user.id(), id.where()));
  }

  void choose(ButtonInteractionEvent e, UserRef user, ComponentId id) {
    if (!owns(e, user, id)) {
      return;
    }
    Interactions.deferred(e, false, () -> Render.reply(bot.choose(user, id.where(), id.value()), user.id(), id.where()));
  }

  /** The whole article of a shortened answer, for the person who pressed the button only. */
  void fullArticle(ButtonInteractionEvent e, String articleId) {
    Optional<Article> article = articles.article(articleId);
    String text = article.map(a -> "**" + a.title() + "**\n\n" + a.body().strip()).orElse("That article is no longer in the knowledge base.");
    List<String> chunks = Render.chunks(text);
    e.reply(Render.text(chunks.getFirst())).setEphemeral(true).queue(null, Interactions.failure(e));
    chunks.stream().skip(1).forEach(chunk -> e.getHook().sendMessage(Render.text(chunk)).setEphemeral(true).queue(null, Interactions.failure(e)));
  }

  private void answer(MessageChannel channel, UserRef user, ConversationRef where, String text) {
    Reply reply = bot.handle(new IncomingMessage(user, where, text));
    channel.sendMessage(Render.reply(reply, user.id(), where)).queue(null, ex -> log.warn("could not answer {} in {}: {}", user.id(), channel.getId(), ex.getMessage()));
  }

  private static boolean owns(ButtonInteractionEvent e, UserRef user, ComponentId id) {
    if (id.owner().equals(user.id())) {
      return true;
    }
    e.reply(Render.text("These buttons belong to someone else's question. Ask me your own with /helpdesk ask or in a direct message."))
        .setEphemeral(true)
        .queue(null, Interactions.failure(e));
    return false;
  }

  static String ticketList(List<Ticket> opened) {
    if (opened.isEmpty()) {
      return "You have no tickets. Ask me anything with `/helpdesk ask`.";
    }
    StringBuilder text = new StringBuilder("**Your tickets**\n");
    opened.stream().limit(MAX_TICKETS_LISTED).forEach(t -> text.append("• **").append(t.id()).append("** · ").append(status(t)).append(" · ")
        .append(t.queue()).append(" · opened ").append(DAY.format(t.openedAt())).append(": ").append(t.summary()).append('\n'));
    if (opened.size() > MAX_TICKETS_LISTED) {
      text.append("…and ").append(opened.size() - MAX_TICKETS_LISTED).append(" older ones.");
    }
    return text.toString().strip();
  }

  private static String status(Ticket t) {
    return switch (t.status()) {
      case CLAIMED -> "with " + t.assignee().displayName();
      case WAITING_ON_REQUESTER -> "waiting for your answer";
      default -> t.status().name().toLowerCase(Locale.ROOT);
    };
  }
}
