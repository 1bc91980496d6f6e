package dev.firstline.bench.jmh;

import dev.firstline.bench.setup.KnowledgeBases;
import dev.firstline.core.model.SearchHit;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One knowledge-base search for a real message (the top 5, as a decision asks), on a knowledge base
 * of {@code size} articles: latency percentiles ({@code latency}) and searches per second ({@code
 * throughput}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

  /** {@code starter} (the bundled kb/) or a number of articles, generated once. */
  @Param({"starter", "1000", "10000", "100000"})
  public String size;

  /** Also compare meaning with the embedding model (hybrid search); slow to set up above 1000. */
  @Param("false")
  public boolean semantic;

  private LuceneKnowledgeBase kb;

  @Setup
  public void open() {
    kb = LuceneKnowledgeBase.open(KnowledgeBases.folder(Path.of(""), size).toAbsolutePath(), semantic);
    if (semantic && !kb.semantic()) {
      throw new IllegalStateException("semantic search was asked for but the embedding model did not load");
    }
  }

  @TearDown
  public void close() {
    kb.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SearchHit> latency(QueryCursor cursor) {
    return kb.search(cursor.next(), 5);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public List<SearchHit> throughput(QueryCursor cursor) {
    return kb.search(cursor.next(), 5);
  }
}
