package dev.firstline.bench.load;

import dev.firstline.core.SupportBot;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets many people talk to the bot at once: worker threads take the next person waiting, deliver
 * their next message and put them back at the end of the line, so every conversation is open at the
 * same time and each person's messages arrive in order. With a rate, messages are started on a
 * fixed schedule and a message's latency counts from when it was due, waiting included.
 */
final class LoadRun {

  /** What happened: how many messages, how long, their latencies and the tickets each person was told. */
  record Outcome(int messages, long elapsedNanos, Latencies latencies, Map<String, Set<TicketId>> told, int failures) {

    double perSecond() {
      return messages / (elapsedNanos / 1e9);
    }
  }

  static final String PLATFORM = "load";

  private final SupportBot bot;
  private final Engineers engineers;
  private final int workers;
  private final double rate;

  /** @param rate messages per second to start, or 0 for as fast as the workers go */
  LoadRun(SupportBot bot, Engineers engineers, int workers, double rate) {
    this.bot = bot;
    this.engineers = engineers;
    this.workers = workers;
    this.rate = rate;
  }

  Outcome run(List<Person> people) throws InterruptedException {
    Queue<Progress> waiting = new ConcurrentLinkedQueue<>();
    List<Progress> shuffled = new ArrayList<>(people.stream().map(Progress::new).toList());
    Collections.shuffle(shuffled, new java.util.Random(people.size()));
    waiting.addAll(shuffled);
    AtomicInteger unfinished = new AtomicInteger(people.size());
    AtomicInteger failures = new AtomicInteger();
    AtomicLong slots = new AtomicLong();
    Map<String, Set<TicketId>> told = new ConcurrentHashMap<>();
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      threads.add(Thread.ofPlatform().name("person-worker-" + w).start(() -> {
        while (unfinished.get() > 0) {
          Progress next = waiting.poll();
          if (next == null) {
            LockSupport.parkNanos(50_000); // the last people are with other workers
            continue;
          }
          long due = rate > 0 ? started + (long) (slots.getAndIncrement() * 1e9 / rate) : System.nanoTime();
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          try {
            Reply reply = bot.handle(next.message());
            reply.ticketOpened().ifPresent(t -> {
              told.computeIfAbsent(next.person.id(), k -> Collections.synchronizedSet(new LinkedHashSet<>())).add(t.id());
              if (reply.reason() != Reason.RELAYED_TO_TICKET) {
                engineers.posted(t.id());
              }
            });
          } catch (RuntimeException e) {
            if (failures.incrementAndGet() <= 3) {
              System.err.println("a message of " + next.person.id() + " failed: " + e);
            }
          }
          mine.add(System.nanoTime() - due);
          if (next.advance()) {
            waiting.add(next);
          } else {
            unfinished.decrementAndGet();
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long elapsed = System.nanoTime() - started;
    Latencies all = Latencies.merged(latencies);
    return new Outcome(all.count(), elapsed, all, Map.copyOf(told), failures.get());
  }

  /** A person and how far through their script they are; held by one worker at a time. */
  private static final class Progress {
    private final Person person;
    private final UserRef user;
    private final ConversationRef dm;
    private int said;

    Progress(Person person) {
      this.person = person;
      this.user = UserRef.of(PLATFORM, person.id(), "Person " + person.id());
      this.dm = ConversationRef.direct(PLATFORM, "D-" + person.id());
    }

    IncomingMessage message() {
      return new IncomingMessage(user, dm, person.messages().get(said));
    }

    /** Moves to the next message; false when the script is done. */
    boolean advance() {
      return ++said < person.messages().size();
    }
  }
}
