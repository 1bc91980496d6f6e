package dev.firstline.app;

import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.Reports;
import dev.firstline.tickets.JdbcTicketStore;
import dev.firstline.discord.DiscordAdapter;
import dev.firstline.kb.ArticleFiles;
import dev.firstline.kb.LuceneKnowledgeBase;
import dev.firstline.slack.SlackAdapter;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code firstline run}: serves Slack or Discord until stopped, with the configured desk and store. */
@Command(name = "run", description = "Run the bot on Slack or Discord (platform in firstline.yml; tokens from the environment).")
final class RunCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--platform", paramLabel = "slack|discord", description = "The chat platform (default: 'platform' in the configuration).")
  @Nullable String platform;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Stops {@link #call()} from outside (tests); the shutdown hook does it on Ctrl-C. */
  final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AppConfig config = common.config();
    PlatformConfig chosen = PlatformConfig.load(common.config, CommonOptions.home(), platform);
    Map<String, String> env = System.getenv();
    List<String> missing = chosen.missingSecrets(env);
    if (!missing.isEmpty()) {
      throw new AppConfig.ConfigException(
          "to run on " + chosen.platform() + ", set the environment variable(s) " + missing + " (see the README's " + chosen.platform() + " section)");
    }
    CompletableFuture<JdbcTicketStore> opening = TicketStores.openInBackground(config); // the database starts while the articles load
    LuceneKnowledgeBase kb;
    try {
      kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
    } catch (RuntimeException e) {
      TicketStores.abandon(opening);
      throw e;
    }
    kb.watch(); // articles edited in the folder (or through git) answer without a restart
    JdbcTicketStore store = TicketStores.await(opening);
    Clock clock = Clock.systemUTC();
    MicrometerMonitor metrics = config.httpPort() == 0 ? null : new MicrometerMonitor().measure(kb);
    BotMonitor monitor = metrics == null ? BotMonitor.NONE : metrics;
    AutoCloseable adapter;
    TicketDesk desk;
    if (chosen.platform().equals("slack")) {
      SlackAdapter slack = new SlackAdapter(slackSettings(chosen, env));
      StaffDirectory staff = staff(config, slack.staffDirectory());
      desk = desk(config, store, slack.chatPlatform(), staff, "slack", clock, monitor);
      slack.start(bot(kb, desk, store.questionLog(), config, clock, monitor), desk, store, curation(kb, staff, store, desk), reports(config, store, staff, clock));
      adapter = slack;
    } else {
      DiscordAdapter discord = new DiscordAdapter(DiscordAdapter.Config.of(
          env.get(PlatformConfig.DISCORD_TOKEN), chosen.discordGuilds(), chosen.discordMentionChannels(), chosen.discordStaffRoles()));
      StaffDirectory staff = staff(config, discord.staff());
      desk = desk(config, store, discord.chat(), staff, DiscordAdapter.PLATFORM, clock, monitor);
      discord.start(bot(kb, desk, store.questionLog(), config, clock, monitor), desk, store, kb, curation(kb, staff, store, desk), reports(config, store, staff, clock));
      adapter = discord;
    }
    TimerRunner timers = TimerRunner.start(desk, TimerRunner.EVERY);
    OpsServer ops = metrics == null ? null : OpsServer.start(config.httpPort(), metrics, store, kb);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "firstline-stop"));
    out.printf("Firstline is running on %s with %d articles; stop it with Ctrl-C.%n", chosen.platform(), kb.articles().size());
    if (ops != null) {
      out.printf("Health and metrics: http://localhost:%d/health and /metrics%n", ops.port());
    }
    out.flush();
    try {
      stopped.await();
    } finally {
      if (ops != null) {
        ops.close();
      }
      timers.close();
      adapter.close();
      kb.close();
      TicketStores.close(store);
    }
    return 0;
  }

  private static SlackAdapter.Settings slackSettings(PlatformConfig chosen, Map<String, String> env) {
    SlackAdapter.Settings settings = chosen.slackHttpPort() == 0
        ? SlackAdapter.Settings.socketMode(env.get(PlatformConfig.SLACK_BOT_TOKEN), env.get(PlatformConfig.SLACK_APP_TOKEN))
        : SlackAdapter.Settings.httpMode(env.get(PlatformConfig.SLACK_BOT_TOKEN), env.get(PlatformConfig.SLACK_SIGNING_SECRET), chosen.slackHttpPort());
    return settings.withRoleGroups(chosen.slackRoleGroups());
  }

  private static SupportBot bot(LuceneKnowledgeBase kb, TicketDesk desk, QuestionLog questions, AppConfig config, Clock clock, BotMonitor monitor) {
    return new SupportBot(kb, desk, clock, config.decision(), config.conversationMemory(), monitor, questions);
  }

  /** Reports for the same staff as the desk: leads get the summary, engineers their queues' figures. */
  private static Reports reports(AppConfig config, JdbcTicketStore store, StaffDirectory staff, Clock clock) {
    return Reports.of(store.questionLog(), store, config.desk(), staff, clock);
  }

  /** The staff on this platform: its groups or roles, plus the configured people. */
  private static StaffDirectory staff(AppConfig config, StaffDirectory platformStaff) {
    return person -> {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(platformStaff.rolesOf(person));
      roles.addAll(config.staff().getOrDefault(person.id(), Set.of()));
      return roles;
    };
  }

  /** The desk on this platform, its leads on the platform. */
  private static TicketDesk desk(AppConfig config, TicketStore store, ChatPlatform chat, StaffDirectory staff, String platform, Clock clock, BotMonitor monitor) {
    return new TicketDesk(store, chat, staff, onPlatform(config.desk(), platform), clock, monitor);
  }

  /** Knowledge managers' {@code kb} commands, writing the knowledge base's files. */
  private static CurationCommands curation(LuceneKnowledgeBase kb, StaffDirectory staff, JdbcTicketStore store, TicketDesk desk) {
    return LocalDrafts.commands(kb, new Curation(new ArticleFiles(kb), staff, kb), store, store.questionLog(), desk.defaultQueue());
  }

  private static DeskSettings onPlatform(DeskSettings desk, String platform) {
    Map<String, Queue> queues = new LinkedHashMap<>();
    desk.queues().forEach((name, q) -> queues.put(name, new Queue(name, q.tier(), q.channelId(),
        q.lead() == null ? null : UserRef.of(platform, q.lead().id(), q.lead().displayName()))));
    return new DeskSettings(queues, desk.routes(), desk.defaultQueue(), desk.priorityByReason(), desk.urgentWords(), desk.sla(), desk.reopenWindow());
  }
}
