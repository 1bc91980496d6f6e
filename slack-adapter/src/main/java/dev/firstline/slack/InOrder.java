package dev.firstline.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the thread that acknowledges Slack, in order per key (one conversation's messages
 * one after the other) and in parallel across keys.
 */
final class InOrder {

  private static final Logger log = LoggerFactory.getLogger(InOrder.class);

  private final Executor executor;
  private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  InOrder(Executor executor) {
    this.executor = executor;
  }

  void run(String key, String what, Runnable work) {
    CompletableFuture<Void> next = tails.compute(key, (k, tail) ->
        (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> guarded(what, work), executor));
    next.whenComplete((ok, error) -> tails.remove(key, next));
  }

  /** Runs work now on the executor, in no particular order. */
  void runAnyOrder(String what, Runnable work) {
    executor.execute(() -> guarded(what, work));
  }

  private static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      log.error("{} failed", what, e);
    }
  }
}
