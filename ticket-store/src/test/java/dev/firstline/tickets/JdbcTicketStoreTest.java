package dev.firstline.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.model.UserRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract leaves to the implementation: failures, precision, configuration. */
class JdbcTicketStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final UserRef ANA = UserRef.of("slack", "U1", "Ana");
  private static final TicketId UNKNOWN = new TicketId("HD-99");

  @TempDir
  Path dataDir;
  private JdbcTicketStore store;

  @BeforeEach
  void open() {
    store = JdbcTicketStore.embedded(dataDir, "HD");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void update_eventCannotBeStored_ticketChangeIsRolledBack() {
    Ticket opened = store.open(draft(), T0);
    TicketEvent orphan = new TicketEvent(UNKNOWN, T0, ANA, EventKind.CLAIMED, "");

    assertThatThrownBy(() -> store.update(opened.claimedBy(ANA, T0), orphan))
        .isInstanceOf(TicketStoreException.class)
        .hasMessageStartingWith("ticket store update for HD-1 failed");

    assertThat(store.find(opened.id())).contains(opened);
    assertThat(store.history(opened.id())).extracting(TicketEvent::kind).containsExactly(EventKind.OPENED);
  }

  @Test
  void record_unknownTicket_failsNamingIt() {
    assertThatThrownBy(() -> store.record(new TicketEvent(UNKNOWN, T0, null, EventKind.INTERNAL_NOTE, "note")))
        .isInstanceOf(TicketStoreException.class)
        .hasMessageStartingWith("ticket store record for HD-99 failed");
  }

  @Test
  void schedule_unknownTicket_failsAndKeepsOtherTimers() {
    Ticket opened = store.open(draft(), T0);
    store.schedule(opened.id(), List.of(Timer.at(opened.id(), TimerKind.AUTO_CLOSE, T0)));

    assertThatThrownBy(() -> store.schedule(UNKNOWN, List.of(Timer.at(UNKNOWN, TimerKind.AUTO_CLOSE, T0))))
        .isInstanceOf(TicketStoreException.class)
        .hasMessageContaining("schedule for HD-99");
    assertThat(store.dueTimers(T0, 10)).extracting(Timer::ticket).containsExactly(opened.id());
  }

  @Test
  void instants_areKeptToTheMicrosecond() {
    Instant now = T0.plusNanos(123_456_789);

    Ticket opened = store.open(draft(), now);

    assertThat(opened.openedAt()).isEqualTo(T0.plusNanos(123_456_000));
    assertThat(store.find(opened.id())).contains(opened);
    assertThat(store.history(opened.id()).getFirst().at()).isEqualTo(opened.openedAt());
    Ticket resolved = store.update(opened.resolved("fixed", now.plusNanos(1)),
        new TicketEvent(opened.id(), now, null, EventKind.RESOLVED, "fixed")).orElseThrow();
    assertThat(store.find(opened.id())).contains(resolved);
    assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
  }

  @Test
  void reopenedAfterClose_keepsTicketsAndNumbering() {
    store.open(draft(), T0);
    store.close();

    store = JdbcTicketStore.embedded(dataDir, "HD");

    assertThat(store.notClosed()).hasSize(1);
    assertThat(store.open(draft(), T0).id()).isEqualTo(new TicketId("HD-2"));
  }

  @Test
  void embedded_prefixThatCannotMakeAnId_isRejected() {
    assertThatThrownBy(() -> JdbcTicketStore.embedded(dataDir.resolve("other"), "hd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hd-1");
  }

  private static NewTicket draft() {
    return new NewTicket(ANA, ConversationRef.direct("slack", "D1"), "vpn", Reason.LOW_CONFIDENCE, "network",
        Tier.SECOND, Priority.NORMAL, null, List.of(), List.of());
  }
}
