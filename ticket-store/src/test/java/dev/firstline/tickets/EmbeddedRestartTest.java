package dev.firstline.tickets;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps every committed change when the process dies without closing it: a
 * second JVM writes, is killed (SIGKILL), and a new store on the same folder finds everything.
 */
class EmbeddedRestartTest {

  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final UserRef ANA = UserRef.of("slack", "U1", "Ana");
  static final UserRef BEN = UserRef.of("discord", "42", "Bén");
  static final UserRef ENGINEER = UserRef.of("slack", "U9", "Eve");
  static final String WRITTEN = "written";

  @TempDir
  Path dataDir;

  @Test
  @Timeout(60)
  void killedWithoutClosing_newStoreOnTheFolderHasEverything() throws Exception {
    Process writer = new ProcessBuilder(
        ProcessHandle.current().info().command().orElseThrow(), "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString())
        .redirectErrorStream(true)
        .start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null && !line.equals(WRITTEN); line = lines.readLine()) {
        output.append(line).append('\n');
      }
      assertThat(writer.isAlive()).as("the writer died early:\n%s", output).isTrue();
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (JdbcTicketStore store = JdbcTicketStore.embedded(dataDir, "HD")) {
      Ticket claimed = store.find(new TicketId("HD-1")).orElseThrow();
      assertThat(claimed.status()).isEqualTo(TicketStatus.CLAIMED);
      assertThat(claimed.assignee()).isEqualTo(ENGINEER);
      assertThat(claimed.version()).isEqualTo(1);
      assertThat(claimed.transcript()).containsExactly("Ana: vpn fails — ünïcødé ✓", "line\nbreak, \"quotes\" and \\");
      assertThat(store.find(new TicketId("HD-2")).orElseThrow().requester()).isEqualTo(BEN);
      assertThat(store.notClosed()).extracting(Ticket::id).extracting(TicketId::value).containsExactly("HD-1", "HD-2");
      assertThat(store.history(claimed.id())).extracting(TicketEvent::kind).containsExactly(EventKind.OPENED, EventKind.CLAIMED);
      assertThat(store.history(new TicketId("HD-2"))).extracting(TicketEvent::kind)
          .containsExactly(EventKind.OPENED, EventKind.INTERNAL_NOTE);
      assertThat(store.dueTimers(T0.plusSeconds(86_400), 10))
          .extracting(t -> t.ticket() + ":" + t.kind() + "@" + t.due())
          .containsExactly("HD-1:CLAIM_WARNING@" + T0.plusSeconds(600), "HD-1:RESOLVE_BREACH@" + T0.plusSeconds(3600));
      assertThat(store.open(draft(ANA), T0).id().value()).isEqualTo("HD-3");
    }
  }

  static NewTicket draft(UserRef requester) {
    return new NewTicket(requester, ConversationRef.direct(requester.platform(), "D1"), "vpn", Reason.LOW_CONFIDENCE,
        "network", Tier.SECOND, Priority.NORMAL, null,
        List.of("Ana: vpn fails — ünïcødé ✓", "line\nbreak, \"quotes\" and \\"), List.of());
  }

  /** Runs in the JVM that gets killed: writes, says so, and waits. */
  static final class Writer {

    public static void main(String[] args) throws InterruptedException {
      JdbcTicketStore store = JdbcTicketStore.embedded(Path.of(args[0]), "HD");
      Ticket first = store.open(draft(ANA), T0);
      Ticket second = store.open(draft(BEN), T0.plusSeconds(1));
      store.update(first.claimedBy(ENGINEER, T0.plusSeconds(60)),
          new TicketEvent(first.id(), T0.plusSeconds(60), ENGINEER, EventKind.CLAIMED, "")).orElseThrow();
      store.record(new TicketEvent(second.id(), T0.plusSeconds(2), ENGINEER, EventKind.INTERNAL_NOTE, "checking"));
      store.schedule(first.id(), List.of(
          Timer.at(first.id(), TimerKind.CLAIM_WARNING, T0.plusSeconds(600)),
          Timer.at(first.id(), TimerKind.RESOLVE_BREACH, T0.plusSeconds(3600))));
      store.schedule(second.id(), List.of(Timer.at(second.id(), TimerKind.AUTO_CLOSE, T0)));
      Timer autoClose = store.dueTimers(T0, 10).getFirst();
      if (!store.fire(autoClose, T0)) {
        throw new IllegalStateException("could not fire " + autoClose);
      }
      System.out.println(WRITTEN);
      System.out.flush();
      Thread.sleep(60_000); // never closed: the test kills this JVM
    }
  }
}
