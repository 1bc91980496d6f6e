package dev.firstline.bench.jmh;

import dev.firstline.bench.setup.KnowledgeBases;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.nio.file.Path;
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

/**
 * Opening a knowledge base: reading, validating and indexing every article file, as at start-up and
 * on every reload. One shot per iteration; articles per second is {@code size} divided by the time.
 * With {@code semantic}, the embeddings come from the cache the first open wrote.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class IndexingBenchmark {

  /** {@code starter} (the bundled kb/) or a number of articles, generated once. */
  @Param({"starter", "1000", "10000", "100000"})
  public String size;

  /** Also load the embedding model and the articles' embeddings. */
  @Param("false")
  public boolean semantic;

  private Path folder;

  @Setup
  public void generate() {
    folder = KnowledgeBases.folder(Path.of(""), size).toAbsolutePath();
  }

  @Benchmark
  public LuceneKnowledgeBase open() {
    return LuceneKnowledgeBase.open(folder, semantic);
  }
}
