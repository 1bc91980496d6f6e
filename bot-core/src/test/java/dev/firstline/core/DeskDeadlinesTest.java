package dev.firstline.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.desk.Deadlines;
import dev.firstline.core.desk.Escalation;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deadlines the desk gives adapters: the same SLA as its reminders, in open desk time, as its clock stands. */
class DeskDeadlinesTest {

  private static final UserRef ANA = UserRef.of("test", "U-ANA", "Ana");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z")); // a Monday, 09:00 in London
  private final InMemoryTicketStore store = new InMemoryTicketStore("HD");
  private TicketDesk desk;
  private TicketId id;

  @BeforeEach
  void open() {
    desk = Desks.desk(store, new RecordingChatPlatform(), clock);
    id = desk.open(new Escalation(ANA, ConversationRef.direct("test", "D-ANA"), "the scanner is offline", Reason.ASKED_FOR_PERSON, null, null,
        List.of(), List.of())).id();
  }

  private Ticket ticket() {
    return store.find(id).orElseThrow();
  }

  @Test
  void anUnclaimedTicket_hasBothDeadlines_countedInOpenDeskTime() {
    clock.advance(Duration.ofMinutes(35));

    Deadlines d = desk.deadlines(ticket());

    // normal priority, 2nd line: claim in 2 h, resolve in 20 h of desk time (Mon 9 h, Tue 10 h, Wed 1 h)
    assertThat(d.asOf()).isEqualTo(Instant.parse("2026-11-23T09:35:00Z"));
    assertThat(d.claimBy()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    assertThat(d.resolveBy()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    assertThat(d.claimLeft()).contains(Duration.ofMinutes(85));
  }

  @Test
  void aClaimedTicket_hasOnlyItsResolveDeadline_andAMoveStartsTheClockAgain() {
    desk.claim(id, Desks.EVE);
    assertThat(desk.deadlines(ticket()).claimBy()).isNull();
    assertThat(desk.deadlines(ticket()).resolveBy()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));

    clock.advance(Duration.ofMinutes(30));
    desk.escalateToThirdLine(id, Desks.EVE, "servers");
    Deadlines moved = desk.deadlines(ticket());

    // 3rd line gets twice as long, from the move: claim in 4 h, resolve in 40 h
    assertThat(moved.claimBy()).isEqualTo(Instant.parse("2026-11-23T13:30:00Z"));
    assertThat(moved.resolveBy()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
  }

  @Test
  void anOverdueDeadline_isNegative_andAResolvedTicketHasNone() {
    clock.set(Instant.parse("2026-11-23T12:00:00Z"));
    assertThat(desk.deadlines(ticket()).claimLeft()).contains(Duration.ofHours(-1));

    desk.claim(id, Desks.EVE);
    desk.resolve(id, Desks.EVE, "Replaced the scanner's cable.");
    Deadlines resolved = desk.deadlines(ticket());

    assertThat(resolved.claimBy()).isNull();
    assertThat(resolved.resolveBy()).isNull();
    assertThat(resolved.claimLeft()).isEmpty();
    assertThat(resolved.resolveLeft()).isEmpty();
  }

  @Test
  void mayWorkOn_followsTheLine() {
    assertThat(desk.mayWorkOn(Desks.EVE, ticket())).isTrue();
    assertThat(desk.mayWorkOn(Desks.SAM, ticket())).isFalse();
    assertThat(desk.mayWorkOn(ANA, ticket())).isFalse();
    desk.escalateToThirdLine(id, Desks.EVE, "servers");
    assertThat(desk.mayWorkOn(Desks.EVE, ticket())).isFalse();
    assertThat(desk.mayWorkOn(Desks.SAM, ticket())).isTrue();
  }
}
