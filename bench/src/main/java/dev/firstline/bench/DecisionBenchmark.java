package dev.firstline.bench;

import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.SupportBot;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time for one decision on a realistic message, and time to load and index the knowledge base. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

  /** The Firstline folder (with kb/ and eval/); run from the repository root by default. */
  @Param(".")
  public String home;

  private SupportBot bot;
  private List<String> messages;
  private int next;

  @Setup
  public void setUp() throws IOException {
    Path root = Path.of(home);
    Clock clock = Clock.systemUTC();
    BusinessCalendar calendar = BusinessCalendar.weekdays(ZoneOffset.UTC);
    DeskSettings desk = new DeskSettings(Map.of("service-desk", new Queue("service-desk", Tier.SECOND, "desk", null)), Map.of(), "service-desk",
        DeskSettings.standardPriorities(), Pattern.compile("(?!)"), SlaPolicy.standard(calendar), Duration.ofDays(3));
    TicketDesk tickets = new TicketDesk(new InMemoryTicketStore("HD"), new DiscardingChat(), person -> Set.of(), desk, clock);
    bot = new SupportBot(LuceneKnowledgeBase.open(root.resolve("kb")), tickets, clock, DecisionPolicy.defaults());
    messages = Files.readAllLines(root.resolve("eval/dev-queries.tsv")).stream().skip(1).map(l -> l.split("\t", 3)[2]).toList();
  }

  /** One message from the evaluation set, each from a new person so no follow-up state applies. */
  @Benchmark
  public Reply decide() {
    int i = next++ % messages.size();
    String id = Integer.toString(next);
    return bot.handle(new IncomingMessage(UserRef.of("bench", id, id), ConversationRef.direct("bench", id), messages.get(i)));
  }

  /** Reading, validating and indexing every article. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LuceneKnowledgeBase load() {
    return LuceneKnowledgeBase.open(Path.of(home).resolve("kb"));
  }
}
