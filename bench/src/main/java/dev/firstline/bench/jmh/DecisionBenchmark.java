package dev.firstline.bench.jmh;

import dev.firstline.bench.setup.BenchDesk;
import dev.firstline.bench.setup.DiscardingChat;
import dev.firstline.bench.setup.KnowledgeBases;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full decision through the core: a real message in, the reply out (answer, choices, an
 * escalation with its ticket, or a decline), with tickets kept in memory and no platform I/O. Each
 * message comes from a new person, so no follow-up state applies.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

  /** {@code starter} (the bundled kb/) or a number of articles, generated once. */
  @Param("starter")
  public String size;

  /** Also compare meaning with the embedding model (hybrid search), as the app does by default. */
  @Param("false")
  public boolean semantic;

  private LuceneKnowledgeBase kb;
  private SupportBot bot;

  @Setup(Level.Trial)
  public void open() {
    kb = LuceneKnowledgeBase.open(KnowledgeBases.folder(Path.of(""), size).toAbsolutePath(), semantic);
    if (semantic && !kb.semantic()) {
      throw new IllegalStateException("semantic search was asked for but the embedding model did not load");
    }
  }

  /** A new desk each iteration, so the tickets of earlier ones do not pile up. */
  @Setup(Level.Iteration)
  public void newDesk() {
    Clock clock = Clock.systemUTC();
    TicketDesk desk = new TicketDesk(new InMemoryTicketStore("HD"), new DiscardingChat(), person -> Set.of(), BenchDesk.settings(kb), clock);
    bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults());
  }

  @TearDown(Level.Trial)
  public void close() {
    kb.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Reply throughput(QueryCursor cursor) {
    return decide(cursor);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Reply latency(QueryCursor cursor) {
    return decide(cursor);
  }

  private Reply decide(QueryCursor cursor) {
    String person = cursor.newPerson();
    return bot.handle(new IncomingMessage(UserRef.of("bench", person, person), ConversationRef.direct("bench", person), cursor.next()));
  }
}
