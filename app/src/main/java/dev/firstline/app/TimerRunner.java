package dev.firstline.app;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.desk.TicketDesk;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fires the desk's due SLA reminders and automatic closes every so often on a daemon thread, until closed. */
final class TimerRunner implements AutoCloseable {

  static final Duration EVERY = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(TimerRunner.class);

  private final TicketDesk desk;
  private final ScheduledExecutorService executor;

  /** A runner that has not started: only {@link #tick()} runs the timers. */
  TimerRunner(TicketDesk desk) {
    this.desk = requireNonNull(desk, "desk");
    this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("firstline-timers").daemon().factory());
  }

  /** Runs {@link #tick()} now and then every {@code every}. */
  static TimerRunner start(TicketDesk desk, Duration every) {
    TimerRunner runner = new TimerRunner(desk);
    runner.executor.scheduleWithFixedDelay(runner::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return runner;
  }

  /** One round: fires what is due; a failure is logged and the next round runs as usual. */
  int tick() {
    try {
      int fired = desk.runDueTimers();
      if (fired > 0) {
        log.info("fired {} ticket timer(s)", fired);
      }
      return fired;
    } catch (RuntimeException e) {
      log.warn("running the ticket timers failed; trying again in the next round", e);
      return 0;
    }
  }

  /** Stops the rounds, letting a running one finish. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("ticket timers still running after 10 s; stopping them");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
