package dev.firstline.bench.jmh;

import dev.firstline.bench.setup.Queries;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's walk through the evaluation messages, round and round, and its new people. */
@State(Scope.Thread)
public class QueryCursor {

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The file of messages, relative to the working directory (the repository root). */
  @Param(Queries.DEV)
  public String queries;

  private List<String> texts = List.of();
  private int next;
  private String thread = "";
  private long people;

  @Setup
  public void read() {
    texts = Queries.texts(Path.of(queries));
    thread = "t" + THREADS.incrementAndGet() + "-";
  }

  String next() {
    String text = texts.get(next);
    next = (next + 1) % texts.size();
    return text;
  }

  /** Someone who has never written before, so no conversation state applies. */
  String newPerson() {
    return thread + people++;
  }
}
