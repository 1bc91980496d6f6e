package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.tickets.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketsCommandTest {

  private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
  private static final UserRef ALICE = UserRef.of("local", "alice", "Alice");
  private static final UserRef EVE = UserRef.of("local", "eve", "Eve");

  @TempDir Path dir;
  private String config;

  /** HD-1 claimed by Eve with an internal note, HD-2 closed, HD-3 open in the 3rd-line servers queue. */
  @BeforeEach
  void seed() {
    config = Cli.config(dir, "sla: {time-zone: UTC}");
    try (JdbcTicketStore store = JdbcTicketStore.embedded(dir.resolve("data"), "HD")) {
      Ticket vpn = store.open(draft("the VPN drops every hour", "network", Tier.SECOND), MONDAY);
      store.update(vpn.claimedBy(EVE, MONDAY.plusSeconds(60)), new TicketEvent(vpn.id(), MONDAY.plusSeconds(60), EVE, EventKind.CLAIMED, "claimed"));
      store.record(new TicketEvent(vpn.id(), MONDAY.plusSeconds(120), EVE, EventKind.INTERNAL_NOTE, "the concentrator restarts hourly"));
      Ticket printer = store.open(draft("printer jams", "service-desk", Tier.SECOND), MONDAY.plusSeconds(180));
      store.update(printer.withStatus(TicketStatus.CLOSED, MONDAY.plusSeconds(240)), new TicketEvent(printer.id(), MONDAY.plusSeconds(240), null, EventKind.CLOSED, "no reply"));
      store.open(draft("the file server is down for everyone", "servers", Tier.THIRD), MONDAY.plusSeconds(300));
    }
  }

  private static NewTicket draft(String summary, String queue, Tier tier) {
    return new NewTicket(ALICE, ConversationRef.direct("local", "D-alice"), summary, Reason.LOW_CONFIDENCE, queue, tier, Priority.NORMAL,
        null, List.of("Alice: " + summary), List.of());
  }

  @Test
  void list_showsTicketsThatAreNotClosed_oneLineEach() {
    Cli cli = Cli.run("tickets", "list", "--config", config);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out().lines())
        .first().asString().startsWith("ID").contains("STATUS", "QUEUE", "TIER", "PRIO", "ASSIGNEE", "OPENED", "SUMMARY");
    assertThat(cli.out())
        .containsPattern("HD-1 +claimed +network +2nd +normal +Eve +2026-01-05 09:00 the VPN drops every hour")
        .containsPattern("HD-3 +open +servers +3rd +normal +- +2026-01-05 09:05 the file server is down")
        .doesNotContain("HD-2");
  }

  @Test
  void listAll_includesClosedTickets() {
    Cli cli = Cli.run("tickets", "list", "--all", "--config", config);

    assertThat(cli.out()).contains("HD-1").containsPattern("HD-2 +closed +service-desk").contains("HD-3");
  }

  @Test
  void show_printsEveryFieldAndTheWholeHistory_internalNotesIncluded() {
    Cli cli = Cli.run("tickets", "show", "hd-1", "--config", config);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains("HD-1 · claimed · network (2nd line) · normal priority")
        .contains("Requester: Alice (local:alice)")
        .contains("Assignee: Eve")
        .contains("Transcript:\n  > Alice: the VPN drops every hour")
        .contains("2026-01-05 09:00  Alice  opened: the VPN drops every hour")
        .contains("2026-01-05 09:01  Eve  claimed")
        .contains("2026-01-05 09:02  Eve  internal note (staff only): the concentrator restarts hourly");
  }

  @Test
  void show_unknownId_saysSoAndExitsWithOne() {
    Cli cli = Cli.run("tickets", "show", "HD-99", "--config", config);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("there is no ticket HD-99");
  }

  @Test
  void list_emptyStore_saysThereAreNone(@TempDir Path empty) {
    Cli cli = Cli.run("tickets", "list", "--config", Cli.config(empty));

    assertThat(cli.out()).contains("No open tickets.");
  }
}
