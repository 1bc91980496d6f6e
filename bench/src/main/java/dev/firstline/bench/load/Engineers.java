package dev.firstline.bench.load;

import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.StaffDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Engineers working the queues while people talk: every new ticket is seen by two of them, who both
 * try to claim it (exactly one must win); the winner resolves it.
 */
final class Engineers {

  static final StaffDirectory STAFF = person -> person.id().startsWith("engineer-") ? Set.of(Role.SECOND_LINE, Role.THIRD_LINE) : Set.of();

  private final TicketDesk desk;
  private final int count;
  private final BlockingQueue<TicketId> feed = new LinkedBlockingQueue<>();
  private final Map<TicketId, Integer> claimsWon = new ConcurrentHashMap<>();
  private final AtomicInteger resolved = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private final List<Latencies> latencies = new ArrayList<>();
  private volatile boolean finishing;

  Engineers(TicketDesk desk, int count) {
    this.desk = desk;
    this.count = count;
  }

  void start() {
    for (int i = 0; i < count; i++) {
      UserRef me = UserRef.of("load", "engineer-" + i, "Engineer " + i);
      Latencies mine = new Latencies();
      latencies.add(mine);
      Thread thread = new Thread(() -> work(me, mine), "engineer-" + i);
      threads.add(thread);
      thread.start();
    }
  }

  /** A new ticket in a staff channel: two engineers will race to claim it. */
  void posted(TicketId id) {
    feed.add(id);
    feed.add(id);
  }

  /** Waits until every posted ticket has been handled (at most {@code timeout}), then stops. */
  void finish(Duration timeout) throws InterruptedException {
    finishing = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : threads) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
  }

  private void work(UserRef me, Latencies mine) {
    while (true) {
      TicketId id;
      try {
        id = feed.poll(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (id == null) {
        if (finishing) {
          return;
        }
        continue;
      }
      try {
        long started = System.nanoTime();
        DeskResult claim = desk.claim(id, me);
        mine.add(System.nanoTime() - started);
        if (claim.done()) {
          claimsWon.merge(id, 1, Integer::sum);
          started = System.nanoTime();
          if (desk.resolve(id, me, "Cleared the cached credentials and restarted the service.").done()) {
            resolved.incrementAndGet();
          }
          mine.add(System.nanoTime() - started);
        }
      } catch (RuntimeException e) {
        if (failures.incrementAndGet() <= 3) {
          System.err.println(me.id() + " failed on " + id + ": " + e);
        }
      }
    }
  }

  Map<TicketId, Integer> claimsWon() {
    return Map.copyOf(claimsWon);
  }

  int resolved() {
    return resolved.get();
  }

  int failures() {
    return failures.get();
  }

  Latencies latencies() {
    return Latencies.merged(latencies);
  }
}
