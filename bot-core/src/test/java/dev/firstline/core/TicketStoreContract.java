package dev.firstline.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TicketStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketStore} must do. Each implementation's test extends this class, so the
 * in-memory store, the embedded database and PostgreSQL behave the same.
 */
public abstract class TicketStoreContract {

  protected static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  protected static final UserRef ANA = UserRef.of("slack", "U1", "Ana");
  protected static final UserRef BEN = UserRef.of("slack", "U2", "Ben");
  protected static final UserRef ENGINEER = UserRef.of("slack", "U9", "Eve");
  protected static final ConversationRef ANA_DM = ConversationRef.direct("slack", "D1");

  protected TicketStore store;

  /** A new, empty store. */
  protected abstract TicketStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  protected static NewTicket draft(UserRef requester, String summary) {
    return new NewTicket(
        requester, ANA_DM, summary, Reason.LOW_CONFIDENCE, "network", Tier.SECOND, Priority.NORMAL, "vpn-connect",
        List.of("Ana: vpn says Login failed", "bot: answered vpn-connect", "Ana: still broken — ünïcødé ✓"), List.of("vpn-connect"));
  }

  @Test
  void open_givesSequentialReadableIdsAndRecordsOpened() {
    Ticket first = store.open(draft(ANA, "vpn"), T0);
    Ticket second = store.open(draft(BEN, "printer"), T0.plusSeconds(1));

    assertThat(first.id().value()).endsWith("-1");
    assertThat(second.id().value()).endsWith("-2");
    assertThat(first.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(store.history(first.id())).extracting(TicketEvent::kind).containsExactly(EventKind.OPENED);
  }

  @Test
  void find_returnsEveryFieldAsStored() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);

    Ticket found = store.find(opened.id()).orElseThrow();

    assertThat(found).isEqualTo(opened);
    assertThat(found.transcript()).containsExactly("Ana: vpn says Login failed", "bot: answered vpn-connect", "Ana: still broken — ünïcødé ✓");
    assertThat(found.assignee()).isNull();
    assertThat(store.find(new TicketId("HD-999"))).isEmpty();
  }

  @Test
  void openedBy_isNewestFirstAndOnlyThatPerson() {
    Ticket a1 = store.open(draft(ANA, "one"), T0);
    store.open(draft(BEN, "other"), T0.plusSeconds(1));
    Ticket a2 = store.open(draft(ANA, "two"), T0.plusSeconds(2));

    assertThat(store.openedBy(ANA)).extracting(Ticket::id).containsExactly(a2.id(), a1.id());
  }

  @Test
  void update_currentVersion_storesChangeAndEvent() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);

    Optional<Ticket> claimed = store.update(opened.claimedBy(ENGINEER, T0.plusSeconds(60)), claimEvent(opened));

    assertThat(claimed).isPresent();
    assertThat(claimed.get().version()).isEqualTo(opened.version() + 1);
    Ticket found = store.find(opened.id()).orElseThrow();
    assertThat(found.status()).isEqualTo(TicketStatus.CLAIMED);
    assertThat(found.assignee()).isEqualTo(ENGINEER);
    assertThat(store.history(opened.id())).extracting(TicketEvent::kind).containsExactly(EventKind.OPENED, EventKind.CLAIMED);
  }

  @Test
  void update_staleVersion_changesNothing() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);
    store.update(opened.claimedBy(ENGINEER, T0), claimEvent(opened)).orElseThrow();

    Optional<Ticket> late = store.update(opened.claimedBy(BEN, T0), claimEvent(opened));

    assertThat(late).isEmpty();
    assertThat(store.find(opened.id()).orElseThrow().assignee()).isEqualTo(ENGINEER);
    assertThat(store.history(opened.id())).extracting(TicketEvent::kind).containsExactly(EventKind.OPENED, EventKind.CLAIMED);
  }

  @Test
  void update_concurrentClaims_exactlyOneWins() throws Exception {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);
    int claimants = 8;
    ExecutorService pool = Executors.newFixedThreadPool(claimants);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < claimants; i++) {
      UserRef engineer = UserRef.of("slack", "E" + i, "Engineer " + i);
      Callable<Boolean> claim = () -> {
        start.await();
        return store.update(opened.claimedBy(engineer, T0), new TicketEvent(opened.id(), T0, engineer, EventKind.CLAIMED, "")).isPresent();
      };
      results.add(pool.submit(claim));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> result : results) {
      winners += result.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(winners).isEqualTo(1);
    assertThat(store.history(opened.id())).filteredOn(e -> e.kind() == EventKind.CLAIMED).hasSize(1);
  }

  @Test
  void findByStaffThread_findsThePostedTicket() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);
    ConversationRef thread = new ConversationRef("slack", "CSTAFF", "1700000000.0001");
    StaffThread staff = new StaffThread(new MessageRef(new ConversationRef("slack", "CSTAFF", ""), "1700000000.0001"), thread);
    store.update(opened.postedAt(staff, T0), new TicketEvent(opened.id(), T0, null, EventKind.STAFF_MESSAGE, "posted")).orElseThrow();

    assertThat(store.findByStaffThread(thread)).map(Ticket::id).contains(opened.id());
    assertThat(store.findByStaffThread(new ConversationRef("slack", "CSTAFF", "other"))).isEmpty();
  }

  @Test
  void latestNotClosed_skipsClosedTickets() {
    Ticket first = store.open(draft(ANA, "one"), T0);
    Ticket second = store.open(draft(ANA, "two"), T0.plusSeconds(1));
    store.update(second.withStatus(TicketStatus.CLOSED, T0), new TicketEvent(second.id(), T0, null, EventKind.CLOSED, "")).orElseThrow();

    assertThat(store.latestNotClosed(ANA, ANA_DM)).map(Ticket::id).contains(first.id());
    assertThat(store.latestNotClosed(BEN, ANA_DM)).isEmpty();
    assertThat(store.notClosed()).extracting(Ticket::id).containsExactly(first.id());
    assertThat(store.all()).extracting(Ticket::id).containsExactly(first.id(), second.id());
  }

  @Test
  void history_keepsOrderActorsAndStaffOnlyEntries() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);
    store.record(new TicketEvent(opened.id(), T0.plusSeconds(1), ENGINEER, EventKind.INTERNAL_NOTE, "// checking the gateway"));
    store.record(new TicketEvent(opened.id(), T0.plusSeconds(2), ENGINEER, EventKind.STAFF_MESSAGE, "Can you try again?"));
    store.record(new TicketEvent(opened.id(), T0.plusSeconds(3), null, EventKind.SLA_WARNING, "claim due soon"));

    List<TicketEvent> history = store.history(opened.id());

    assertThat(history).extracting(TicketEvent::kind)
        .containsExactly(EventKind.OPENED, EventKind.INTERNAL_NOTE, EventKind.STAFF_MESSAGE, EventKind.SLA_WARNING);
    assertThat(history.get(1).actor()).isEqualTo(ENGINEER);
    assertThat(history.get(1).staffOnly()).isTrue();
    assertThat(history.get(3).actor()).isNull();
    assertThat(history.get(2).at()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void timers_dueOnlyWhenDueAndFireExactlyOnce() {
    Ticket opened = store.open(draft(ANA, "vpn"), T0);
    store.schedule(opened.id(), List.of(
        Timer.at(opened.id(), TimerKind.CLAIM_WARNING, T0.plusSeconds(600)),
        Timer.at(opened.id(), TimerKind.CLAIM_BREACH, T0.plusSeconds(1200))));

    assertThat(store.dueTimers(T0.plusSeconds(599), 10)).isEmpty();
    List<Timer> due = store.dueTimers(T0.plusSeconds(600), 10);
    assertThat(due).extracting(Timer::kind).containsExactly(TimerKind.CLAIM_WARNING);

    assertThat(store.fire(due.get(0), T0.plusSeconds(600))).isTrue();
    assertThat(store.fire(due.get(0), T0.plusSeconds(601))).isFalse();
    assertThat(store.dueTimers(T0.plusSeconds(1200), 10)).extracting(Timer::kind).containsExactly(TimerKind.CLAIM_BREACH);
  }

  @Test
  void schedule_replacesTheTicketsUnfiredTimers() {
    Ticket one = store.open(draft(ANA, "one"), T0);
    Ticket two = store.open(draft(BEN, "two"), T0);
    store.schedule(one.id(), List.of(Timer.at(one.id(), TimerKind.CLAIM_BREACH, T0)));
    store.schedule(two.id(), List.of(Timer.at(two.id(), TimerKind.CLAIM_BREACH, T0)));

    store.schedule(one.id(), List.of(Timer.at(one.id(), TimerKind.RESOLVE_BREACH, T0.plusSeconds(5))));

    assertThat(store.dueTimers(T0.plusSeconds(10), 10))
        .extracting(t -> t.ticket().value() + ":" + t.kind())
        .containsExactly(two.id().value() + ":CLAIM_BREACH", one.id().value() + ":RESOLVE_BREACH");
  }

  private static TicketEvent claimEvent(Ticket ticket) {
    return new TicketEvent(ticket.id(), T0, ENGINEER, EventKind.CLAIMED, "claimed");
  }
}
