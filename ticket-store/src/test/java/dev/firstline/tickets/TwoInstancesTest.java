package dev.firstline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two bot instances on one PostgreSQL: each claim has one winner, and each timer fires once in total. */
class TwoInstancesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final int TICKETS = 50;
  private static final UserRef ON_A = UserRef.of("slack", "EA", "Engineer on A");
  private static final UserRef ON_B = UserRef.of("slack", "EB", "Engineer on B");

  private JdbcTicketStore a;
  private JdbcTicketStore b;
  private final List<Ticket> tickets = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @BeforeEach
  void openTickets() {
    String database = PostgresServer.newDatabase();
    a = PostgresServer.store(database);
    b = PostgresServer.store(database);
    for (int i = 0; i < TICKETS; i++) {
      UserRef requester = UserRef.of("slack", "U" + i, "User " + i);
      tickets.add((i % 2 == 0 ? a : b).open(new NewTicket(requester, ConversationRef.direct("slack", "D" + i),
          "problem " + i, Reason.LOW_CONFIDENCE, "network", Tier.SECOND, Priority.NORMAL, null, List.of(), List.of()), T0));
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    a.close();
    b.close();
  }

  @Test
  void ticketIds_areUniqueAcrossInstances() {
    assertThat(tickets).extracting(t -> t.id().value()).doesNotHaveDuplicates().contains("HD-1", "HD-" + TICKETS);
  }

  @Test
  void concurrentClaims_oneWinnerPerTicket() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (Ticket ticket : tickets) {
      // Both engineers saw the ticket unclaimed (version 0) and press Claim at the same time.
      attempts.add(pool.submit(claim(a, ticket, ON_A, start)));
      attempts.add(pool.submit(claim(b, ticket, ON_B, start)));
    }
    start.countDown();
    int wins = 0;
    for (Future<Boolean> attempt : attempts) {
      wins += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(attempts).hasSize(2 * TICKETS);
    assertThat(wins).isEqualTo(TICKETS);
    for (Ticket ticket : tickets) {
      Ticket stored = a.find(ticket.id()).orElseThrow();
      List<TicketEvent> claims = b.history(ticket.id()).stream().filter(e -> e.kind() == EventKind.CLAIMED).toList();
      assertThat(claims).as(ticket.id().value()).hasSize(1);
      assertThat(stored.assignee()).as(ticket.id().value()).isIn(ON_A, ON_B).isEqualTo(claims.getFirst().actor());
      assertThat(stored.version()).isEqualTo(1);
    }
  }

  @Test
  void dueTimers_fireOncePerTimerAcrossInstances() throws Exception {
    for (Ticket ticket : tickets) {
      a.schedule(ticket.id(), List.of(Timer.at(ticket.id(), TimerKind.CLAIM_BREACH, T0.plusSeconds(60))));
    }
    Set<Long> fired = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> loops = new ArrayList<>();
    for (JdbcTicketStore instance : List.of(a, b, a, b, a, b)) {
      loops.add(pool.submit(() -> fireDue(instance, fired, start)));
    }
    start.countDown();
    int trues = 0;
    for (Future<Integer> loop : loops) {
      trues += loop.get(30, TimeUnit.SECONDS);
    }

    assertThat(trues).isEqualTo(TICKETS);
    assertThat(fired).hasSize(TICKETS);
    assertThat(a.dueTimers(T0.plusSeconds(3600), 100)).isEmpty();
    assertThat(b.dueTimers(T0.plusSeconds(3600), 100)).isEmpty();
  }

  private static Callable<Boolean> claim(JdbcTicketStore store, Ticket seen, UserRef engineer, CountDownLatch start) {
    return () -> {
      start.await();
      TicketEvent event = new TicketEvent(seen.id(), T0, engineer, EventKind.CLAIMED, "claimed");
      return store.update(seen.claimedBy(engineer, T0), event).isPresent();
    };
  }

  /** What each instance's timer loop does: take what is due, fire it; returns how many fires it won. */
  private static int fireDue(JdbcTicketStore store, Set<Long> fired, CountDownLatch start) throws InterruptedException {
    start.await();
    Instant now = T0.plusSeconds(60);
    int won = 0;
    for (List<Timer> due = store.dueTimers(now, 10); !due.isEmpty(); due = store.dueTimers(now, 10)) {
      for (Timer timer : due) {
        if (store.fire(timer, now)) {
          assertThat(fired.add(timer.id())).as("timer %s fired twice", timer.id()).isTrue();
          won++;
        }
      }
    }
    return won;
  }
}
