package dev.firstline.discord;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.CurationCommands;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.Reports;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Firstline as a Discord bot, on JDA: answers direct messages, mentions in allowed channels and
 * {@code /helpdesk}, and runs the desk's tickets as threads in the queues' staff channels.
 *
 * <p>Wiring: build the adapter, give {@link #chat()} and {@link #staff()} to the {@link TicketDesk},
 * then {@link #start} it with the bot, the desk and the store. Only the gateway intents in {@link
 * #INTENTS} are asked for; GUILD_MEMBERS is not, because every guild event carries the member's
 * roles.
 */
public final class DiscordAdapter implements AutoCloseable {

  /** The platform name in {@code UserRef} and {@code ConversationRef}. */
  public static final String PLATFORM = "discord";

  /**
   * Direct messages, guild messages (mentions and staff threads) and their text. MESSAGE_CONTENT is
   * privileged: without it Discord blanks what staff write in ticket threads, which do not mention
   * the bot.
   */
  public static final Set<GatewayIntent> INTENTS =
      Set.copyOf(EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT));

  static final String COMMAND = "helpdesk";
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  /**
   * How to reach Discord and the server.
   *
   * @param token the bot token; read it from the environment, never from a file in the repository
   * @param guildIds the servers the bot serves; slash commands are registered in each at start-up
   * @param mentionChannels channels where mentioning the bot asks it a question
   * @param staffRoles Discord role id to the staff role it gives
   * @param restBaseUrl another REST API root, for a local fake in tests; null for Discord's
   * @param gatewayUrl another gateway, for a local fake in tests (uncompressed JSON); null for Discord's
   */
  public record Config(
      String token,
      Set<String> guildIds,
      Set<String> mentionChannels,
      Map<String, Role> staffRoles,
      @Nullable String restBaseUrl,
      @Nullable String gatewayUrl) {

    public Config {
      requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("the Discord bot token is empty; set it in the environment");
      }
      guildIds = Set.copyOf(guildIds);
      mentionChannels = Set.copyOf(mentionChannels);
      staffRoles = Map.copyOf(staffRoles);
    }

    /** A configuration for the real Discord. */
    public static Config of(String token, Set<String> guildIds, Set<String> mentionChannels, Map<String, Role> staffRoles) {
      return new Config(token, guildIds, mentionChannels, staffRoles, null, null);
    }

    /** The same configuration talking to another REST API root and gateway (a local fake). */
    public Config at(String restBaseUrl, String gatewayUrl) {
      return new Config(token, guildIds, mentionChannels, staffRoles, requireNonNull(restBaseUrl, "restBaseUrl"), requireNonNull(gatewayUrl, "gatewayUrl"));
    }

    @Override
    public String toString() {
      return "Config[token=***, guildIds=" + guildIds + ", mentionChannels=" + mentionChannels + ", staffRoles=" + staffRoles
          + ", restBaseUrl=" + restBaseUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }
  }

  private final Config config;
  private final DiscordChat chat = new DiscordChat();
  private final StaffRoles staff;
  private volatile @Nullable JDA jda;

  public DiscordAdapter(Config config) {
    this.config = requireNonNull(config, "config");
    this.staff = new StaffRoles(config.staffRoles(), config.guildIds(), () -> jda);
  }

  /** Sending to Discord, for the {@link TicketDesk}; it fails with ChatDeliveryException until started. */
  public ChatPlatform chat() {
    return chat;
  }

  /** Staff roles from Discord roles, for the {@link TicketDesk}. */
  public StaffDirectory staff() {
    return staff;
  }

  /** Connects, waits until the servers are loaded and registers {@code /helpdesk} in each; {@code /helpdesk report} says reports are not set up. */
  public void start(SupportBot bot, TicketDesk desk, TicketStore tickets, KnowledgeBase articles) {
    start(bot, desk, tickets, articles, null, Reports.unavailable());
  }

  /**
   * As {@link #start(SupportBot, TicketDesk, TicketStore, KnowledgeBase)}; knowledge managers curate
   * the articles with {@code /helpdesk kb} when {@code curation} is given, and {@code reports}
   * answers leads' {@code /helpdesk report} and adds their queues' figures to engineers' {@code
   * /helpdesk status}.
   */
  public synchronized void start(
      SupportBot bot, TicketDesk desk, TicketStore tickets, KnowledgeBase articles, @Nullable CurationCommands curation, Reports reports) {
    if (jda != null) {
      throw new IllegalStateException("the Discord adapter is already started");
    }
    Curators curators = curation == null ? null : new Curators(curation);
    Events events = new Events(new Requests(bot, tickets, articles, reports), new DeskActions(desk), curators, staff, config.guildIds(), config.mentionChannels());
    JDABuilder builder = JDABuilder.createLight(config.token(), INTENTS)
        .setEventPool(Executors.newVirtualThreadPerTaskExecutor(), true)
        .setEnableShutdownHook(false)
        .addEventListeners(events);
    if (config.restBaseUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(config.restBaseUrl()));
    }
    String gateway = config.gatewayUrl();
    if (gateway != null) {
      builder.setCompression(Compression.NONE).setSessionController(new SessionControllerAdapter() {
        @Override
        public String getGateway() {
          return gateway;
        }
      });
    }
    JDA connected = builder.build();
    jda = connected;
    chat.connect(connected);
    try {
      connected.awaitReady();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    }
    registerCommands(connected, curators != null);
    log.info("Discord adapter ready as {} in {} server(s)", connected.getSelfUser().getName(), connected.getGuilds().size());
  }

  /** Disconnects; waits a few seconds for replies still on their way. */
  public synchronized void stop() {
    JDA connected = jda;
    if (connected == null) {
      return;
    }
    jda = null;
    chat.connect(null);
    connected.shutdown();
    try {
      if (!connected.awaitShutdown(Duration.ofSeconds(10))) {
        connected.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      connected.shutdownNow();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void registerCommands(JDA connected, boolean curation) {
    for (String guildId : config.guildIds()) {
      Guild guild = connected.getGuildById(guildId);
      if (guild == null) {
        log.warn("the bot is not in server {}: invite it (see the README), then restart", guildId);
        continue;
      }
      try {
        guild.updateCommands().addCommands(helpdesk(curation)).complete();
      } catch (RuntimeException e) {
        log.warn("could not register /{} in server {}: {}", COMMAND, guildId, e.getMessage());
      }
    }
  }

  /** {@code /helpdesk ask|status}, and {@code kb} for knowledge managers when they curate here. */
  static CommandData helpdesk(boolean curation) {
    SlashCommandData helpdesk = Commands.slash(COMMAND, "Ask IT for help")
        .addSubcommands(
            new SubcommandData("ask", "Ask the IT help desk a question").addOption(OptionType.STRING, "question", "What is going wrong?", true),
            new SubcommandData("status", "Your tickets (only you see this)"),
            new SubcommandData("report", "Service report, for service desk leads (only you see this)")
                .addOption(OptionType.STRING, "since", "How far back: 30d (default), 7d, 24h, 12w or a day such as 2026-11-01", false));
    if (curation) {
      helpdesk.addSubcommands(new SubcommandData("kb", "Knowledge managers: work on the articles (only you see this)")
          .addOption(OptionType.STRING, Curators.OPTION, "Such as: help, search vpn, show ID, edit ID, new ID, history ID, retire ID", false));
    }
    return helpdesk;
  }
}
