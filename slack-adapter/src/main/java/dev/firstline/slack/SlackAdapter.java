package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.Reports;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Firstline in a Slack workspace, on Bolt for Java: Socket Mode by default, or Slack's HTTP mode.
 *
 * <p>The desk posts through this adapter and the bot is reached through it, so it is built in two
 * steps: create the adapter, build the {@link TicketDesk} with its {@link #chatPlatform()} and
 * {@link #staffDirectory()}, build the {@link SupportBot} on that desk, then {@link #start}.
 */
public final class SlackAdapter implements AutoCloseable {

  /**
   * How to reach Slack.
   *
   * @param botToken the bot token ({@code xoxb-…})
   * @param appToken the app-level token ({@code xapp-…}) with {@code connections:write}: Socket
   *     Mode; null for HTTP mode
   * @param signingSecret the app's signing secret: required for HTTP mode, which checks every
   *     request with it
   * @param httpPort where HTTP mode listens ({@value HttpEndpoint#PATH}); 0 picks a free port
   * @param methodsEndpointUrlPrefix the Web API's address, {@code https://slack.com/api/} (tests
   *     point it at a local fake; Socket Mode connects through it as well)
   * @param roleGroups Slack user group id ({@code S…}) to the role its members have
   * @param botUserId the bot's own user id, if known; otherwise taken from {@code auth.test}
   * @param articleUrlPrefix where the full articles are published (the article id is appended),
   *     for the link under a shortened answer; null shows a button instead
   */
  public record Settings(
      String botToken,
      @Nullable String appToken,
      @Nullable String signingSecret,
      int httpPort,
      String methodsEndpointUrlPrefix,
      Map<String, Role> roleGroups,
      @Nullable String botUserId,
      @Nullable String articleUrlPrefix) {

    public Settings {
      requireNonNull(botToken, "botToken");
      requireNonNull(methodsEndpointUrlPrefix, "methodsEndpointUrlPrefix");
      roleGroups = Map.copyOf(roleGroups);
      if (appToken == null && (signingSecret == null || signingSecret.isBlank())) {
        throw new IllegalArgumentException("Slack needs an app token (Socket Mode) or a signing secret (HTTP mode); neither is set");
      }
      if (httpPort < 0 || httpPort > 65_535) {
        throw new IllegalArgumentException("httpPort must be 0 to 65535 but was " + httpPort);
      }
    }

    public static Settings socketMode(String botToken, String appToken) {
      return new Settings(botToken, requireNonNull(appToken, "appToken"), null, 0, MethodsClient.ENDPOINT_URL_PREFIX, Map.of(), null, null);
    }

    public static Settings httpMode(String botToken, String signingSecret, int port) {
      return new Settings(botToken, null, requireNonNull(signingSecret, "signingSecret"), port, MethodsClient.ENDPOINT_URL_PREFIX, Map.of(), null, null);
    }

    public Settings withRoleGroups(Map<String, Role> groups) {
      return new Settings(botToken, appToken, signingSecret, httpPort, methodsEndpointUrlPrefix, groups, botUserId, articleUrlPrefix);
    }

    public Settings withMethodsEndpointUrlPrefix(String prefix) {
      return new Settings(botToken, appToken, signingSecret, httpPort, prefix, roleGroups, botUserId, articleUrlPrefix);
    }

    public Settings withBotUserId(String id) {
      return new Settings(botToken, appToken, signingSecret, httpPort, methodsEndpointUrlPrefix, roleGroups, id, articleUrlPrefix);
    }

    public Settings withArticleUrlPrefix(String prefix) {
      return new Settings(botToken, appToken, signingSecret, httpPort, methodsEndpointUrlPrefix, roleGroups, botUserId, prefix);
    }

    public boolean usesSocketMode() {
      return appToken != null;
    }

    /** Without the tokens and the secret, which must not reach a log. */
    @Override
    public String toString() {
      return "Settings[" + (usesSocketMode() ? "socket mode" : "HTTP mode on port " + httpPort) + ", api " + methodsEndpointUrlPrefix
          + ", role groups " + roleGroups + "]";
    }
  }

  private static final int ATTEMPTS = 5;
  private static final Duration BACKOFF = Duration.ofMillis(500);
  private static final Duration GROUPS_CACHED_FOR = Duration.ofMinutes(5);

  private final Settings settings;
  private final Slack slack;
  private final MethodsClient methods;
  private final WebApi api;
  private final SlackChatPlatform chat;
  private final SlackPeople people;
  private final SlackStaffDirectory staffDirectory;
  private @Nullable ExecutorService executor;
  private @Nullable App app;
  private @Nullable SocketModeApp socketMode;
  private @Nullable HttpEndpoint http;

  /** Prepares the Slack client; nothing connects until {@link #start}. */
  public SlackAdapter(Settings settings) {
    this(settings, ATTEMPTS, BACKOFF);
  }

  /** With another retry policy for Web API calls (tests keep it short). */
  SlackAdapter(Settings settings, int attempts, Duration backoff) {
    this.settings = requireNonNull(settings, "settings");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.methodsEndpointUrlPrefix());
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    this.methods = slack.methods(settings.botToken());
    this.api = new WebApi(attempts, backoff);
    this.chat = new SlackChatPlatform(methods, api);
    this.people = new SlackPeople(methods, api);
    this.staffDirectory = new SlackStaffDirectory(methods, api, settings.roleGroups(), GROUPS_CACHED_FOR);
  }

  /** Where the desk posts: ticket summaries in queue channels, relays, resolutions. */
  public ChatPlatform chatPlatform() {
    return chat;
  }

  /** Staff roles from the configured Slack user groups. */
  public StaffDirectory staffDirectory() {
    return staffDirectory;
  }

  /**
   * Connects (Socket Mode) or starts listening (HTTP mode) and routes what people do to the bot
   * and the desk; {@code tickets} answers {@code /helpdesk status} and fills the App Home tab.
   * Without reports: {@code /helpdesk report} says they are not set up.
   */
  public void start(SupportBot bot, TicketDesk desk, TicketStore tickets) throws IOException {
    start(bot, desk, tickets, null, Reports.unavailable());
  }

  /**
   * As {@link #start(SupportBot, TicketDesk, TicketStore)}; knowledge managers curate the articles
   * with {@code /helpdesk kb ...} and its editor when {@code curation} is given, and {@code reports}
   * answers leads' {@code /helpdesk report} and adds their queues' figures to engineers' status and
   * App Home.
   */
  public synchronized void start(SupportBot bot, TicketDesk desk, TicketStore tickets, @Nullable CurationCommands curation, Reports reports)
      throws IOException {
    if (app != null) {
      throw new IllegalStateException("the Slack adapter is already started");
    }
    AppConfig config = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret())
        .allEventsApiAutoAckEnabled(true)
        .build();
    App bolt = new App(config);
    executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-work-", 0).factory());
    InOrder work = new InOrder(executor);
    Requesters requesters = new Requesters(bot, tickets, chat, methods, api, people, work, settings.articleUrlPrefix(), reports);
    Staff staff = new Staff(desk, chat, methods, api, people, work);
    Home home = new Home(desk, tickets, staffDirectory, people, methods, api, work, reports);
    Curators curators = curation == null ? null : new Curators(curation, people, methods, api, work);
    new Routes(requesters, staff, home, curators, new SeenEvents(), work, settings.botUserId()).register(bolt);
    this.app = bolt;
    try {
      if (settings.usesSocketMode()) {
        socketMode = new SocketModeApp(settings.appToken(), bolt, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
      } else {
        bolt.start();
        http = new HttpEndpoint(bolt, new InetSocketAddress(settings.httpPort()));
        http.start();
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("could not connect to Slack: " + e.getMessage(), e);
    }
  }

  /** The port HTTP mode listens on. */
  synchronized int httpPort() {
    if (http == null) {
      throw new IllegalStateException("not started in HTTP mode");
    }
    return http.port();
  }

  /** Disconnects and stops taking events; work already taken finishes. */
  public synchronized void stop() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (http != null) {
        http.stop();
      }
      if (app != null) {
        app.stop();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Slack adapter cleanly: " + e.getMessage(), e);
    } finally {
      socketMode = null;
      http = null;
      app = null;
      if (executor != null) {
        executor.shutdown();
        executor = null;
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
