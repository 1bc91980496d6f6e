package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Desks;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.MutableClock;
import dev.firstline.core.RecordingChatPlatform;
import dev.firstline.core.desk.Escalation;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import dev.firstline.tickets.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimerRunnerTest {

  private static final UserRef ALICE = UserRef.of("test", "A1", "Alice");

  private static Escalation escalation() {
    return new Escalation(ALICE, ConversationRef.direct("test", "D-A1"), "the printer is on fire", Reason.BROKEN_HARDWARE, null, null,
        List.of("Alice: the printer is on fire"), List.of());
  }

  @Test
  void tick_reminderDue_firesItOnce() {
    MutableClock clock = MutableClock.monday();
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketDesk desk = Desks.desk(new InMemoryTicketStore("HD"), chat, clock);
    desk.open(escalation());
    clock.advance(Duration.ofHours(3)); // past the time to claim a ticket

    try (TimerRunner runner = new TimerRunner(desk)) {
      assertThat(runner.tick()).isPositive();
      assertThat(runner.tick()).isZero();
    }
    assertThat(chat.all()).extracting(s -> s.message().text()).contains(
        "⏰ HD-1 must be claimed by Mon 5 Jan 09:30 (HIGH).", "🚨 HD-1 was not claimed in time (due Mon 5 Jan 09:30, HIGH).");
  }

  @Test
  void start_shortInterval_firesDueTimersOnItsOwn_untilClosed() throws InterruptedException {
    MutableClock clock = MutableClock.monday();
    RecordingChatPlatform chat = new RecordingChatPlatform();
    InMemoryTicketStore store = new InMemoryTicketStore("HD");
    TicketDesk desk = Desks.desk(store, chat, clock);
    desk.open(escalation());
    clock.advance(Duration.ofHours(3));

    try (TimerRunner runner = TimerRunner.start(desk, Duration.ofMillis(20))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (!store.dueTimers(clock.instant(), 10).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }

    assertThat(store.dueTimers(clock.instant(), 10)).isEmpty();
  }

  @Test
  void tick_storeFails_isLoggedAndTheNextRoundStillRuns(@TempDir Path dir) {
    JdbcTicketStore store = JdbcTicketStore.embedded(dir, "HD");
    TicketDesk desk = Desks.desk(store, new RecordingChatPlatform(), MutableClock.monday());
    store.close(); // every query fails from now on

    try (TimerRunner runner = new TimerRunner(desk)) {
      assertThat(runner.tick()).isZero();
      assertThat(runner.tick()).isZero();
    }
  }
}
