package dev.firstline.discord;

import dev.firstline.core.CurationCommands;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.MutableClock;
import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.report.Reports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;

/**
 * One bot as it runs for real: the adapter on JDA against the fake Discord, the real SupportBot and
 * TicketDesk on the in-memory store, and helpers that play the people on the other side.
 */
final class Harness implements AutoCloseable {

  static final String TOKEN = "fake-token";

  final FakeDiscord discord;
  final InMemoryTicketStore store = new InMemoryTicketStore("HD");
  final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  final MutableClock clock = MutableClock.monday();
  private final KnowledgeBase kb;
  private final @Nullable Function<StaffDirectory, CurationCommands> curation;
  DiscordAdapter adapter;
  TicketDesk desk;
  SupportBot bot;

  Harness(StubKnowledgeBase kb) throws Exception {
    this(kb, null);
  }

  /**
   * A bot that answers from {@code kb}, whose knowledge managers (the {@link Server#KNOWLEDGE_MANAGER}
   * role) curate it through the commands made for the adapter's staff roles.
   */
  Harness(KnowledgeBase kb, @Nullable Function<StaffDirectory, CurationCommands> curation) throws Exception {
    this.kb = kb;
    this.curation = curation;
    discord = FakeDiscord.start(Server.guild());
    boot();
  }

  /** Stops the bot and starts a new one on the same ticket store, as a redeploy does. */
  void restart() {
    adapter.stop();
    boot();
  }

  private void boot() {
    DiscordAdapter.Config config = DiscordAdapter.Config.of(TOKEN, Set.of(Server.GUILD), Set.of(Server.HELP),
        Map.of(Server.SECOND_LINE, Role.SECOND_LINE, Server.THIRD_LINE, Role.THIRD_LINE, Server.KNOWLEDGE_MANAGER, Role.KNOWLEDGE_MANAGER,
            Server.LEADS, Role.LEAD));
    adapter = new DiscordAdapter(config.at(discord.restBaseUrl(), discord.gatewayUrl()));
    desk = new TicketDesk(store, adapter.chat(), adapter.staff(), Server.desk(), clock);
    bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults(), Duration.ofHours(8), BotMonitor.NONE, questions);
    Reports reports = Reports.of(questions, store, Server.desk(), adapter.staff(), clock);
    adapter.start(bot, desk, store, kb, curation == null ? null : curation.apply(adapter.staff()), reports);
  }

  /** A person writes to the bot in a direct message; returns the message id. */
  String dm(DataObject user, String text) {
    String id = discord.nextId();
    discord.dispatch("MESSAGE_CREATE", Payloads.directMessage(id, dmChannel(user), user, text));
    return id;
  }

  String dmChannel(DataObject user) {
    return discord.dmChannelOf(user);
  }

  /** A member writes in a guild channel or thread; returns the message id. */
  String say(String channelId, DataObject user, List<String> roles, String text, boolean mentionBot) {
    String id = discord.nextId();
    discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage(id, channelId, user, roles, text, mentionBot));
    return id;
  }

  /** A person presses a button in their direct messages with the bot; returns the interaction id. */
  String pressInDm(DataObject user, String customId) {
    String id = discord.nextId();
    discord.dispatch("INTERACTION_CREATE", Payloads.button(Payloads.inDirect(id, 3, user, dmChannel(user)), customId));
    return id;
  }

  /** A member presses a button on a message in a guild channel; returns the interaction id. */
  String pressInGuild(String channelId, DataObject user, List<String> roles, String customId) {
    String id = discord.nextId();
    discord.dispatch("INTERACTION_CREATE", Payloads.button(Payloads.inGuild(id, 3, user, roles, channelId), customId));
    return id;
  }

  String slashInGuild(String channelId, DataObject user, String subcommand, String question) {
    return slashInGuild(channelId, user, List.of(), subcommand, question.isEmpty() ? "" : "question", question);
  }

  /** A member with these roles uses {@code /helpdesk SUBCOMMAND} with one option (none if {@code option} is empty); returns the interaction id. */
  String slashInGuild(String channelId, DataObject user, List<String> roles, String subcommand, String option, String value) {
    String id = discord.nextId();
    discord.dispatch("INTERACTION_CREATE", Payloads.slash(Payloads.inGuild(id, 2, user, roles, channelId), subcommand, option, value));
    return id;
  }

  String submitForm(String channelId, DataObject user, List<String> roles, String customId, String value) {
    return submitForm(channelId, user, roles, customId, "value", value);
  }

  /** A member submits a form whose one text input is {@code inputId}; returns the interaction id. */
  String submitForm(String channelId, DataObject user, List<String> roles, String customId, String inputId, String value) {
    String id = discord.nextId();
    discord.dispatch("INTERACTION_CREATE", Payloads.modalSubmit(Payloads.inGuild(id, 5, user, roles, channelId), customId, inputId, value));
    return id;
  }

  /** A member with these roles runs {@code /helpdesk SUBCOMMAND OPTION:VALUE} in a channel; returns the interaction id. */
  String slashInGuild(String channelId, DataObject user, List<String> roles, String subcommand, String option, String value) {
    String id = discord.nextId();
    discord.dispatch("INTERACTION_CREATE", Payloads.slash(Payloads.inGuild(id, 2, user, roles, channelId), subcommand, option, value));
    return id;
  }

  /** How Discord was told to acknowledge an interaction (type 4 reply, 5 deferred, 9 form...). */
  FakeDiscord.Call callback(String interactionId) {
    return discord.await("POST", "interactions/" + interactionId + "/tok-" + interactionId + "/callback");
  }

  /** The bot's final answer to a deferred interaction. */
  FakeDiscord.Call answerTo(String interactionId) {
    return discord.await("PATCH", "webhooks/" + FakeDiscord.APP_ID + "/tok-" + interactionId + "/messages/@original");
  }

  /** The next message the bot posts in a channel (or thread, or DM channel) whose text contains this. */
  FakeDiscord.Call posted(String channelId, String containing) {
    return discord.await("POST", "channels/" + channelId + "/messages", c -> c.content().contains(containing));
  }

  long postedCount(String channelId, String containing) {
    return discord.calls("POST", "channels/" + channelId + "/messages").stream().filter(c -> c.content().contains(containing)).count();
  }

  @Override
  public void close() throws Exception {
    adapter.stop();
    discord.close();
  }
}
