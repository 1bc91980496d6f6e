package dev.firstline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The read-back check fails on every way the store can differ from what the people were promised. */
class TicketAuditTest {

  private static final Set<String> ESCALATING = Set.of("ana", "ben");

  @Test
  void of_oneTicketPerEscalatingPerson_isOk() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of("ana", Set.of(id(1))), List.of(ticket(1, "ana"), ticket(2, "ben")), claims(1, 2));

    assertThat(audit.ok()).isTrue();
    assertThat(audit.exitCode()).isZero();
    assertThat(audit.report()).contains("expected 2, stored 2, lost 0, duplicated 0");
  }

  @Test
  void of_escalatingPersonWithoutTicket_isLost() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of(), List.of(ticket(1, "ana")), claims(1));

    assertThat(audit.lost()).containsExactly("ben has no ticket");
    assertThat(audit.exitCode()).isEqualTo(1);
  }

  @Test
  void of_ticketToldButNotStored_isLost() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of("ana", Set.of(id(9))), List.of(ticket(1, "ana"), ticket(2, "ben")), claims(1, 2));

    assertThat(audit.lost()).containsExactly("HD-9 (told to ana) is not stored");
    assertThat(audit.exitCode()).isEqualTo(1);
  }

  @Test
  void of_secondTicketOfOnePerson_isDuplicated() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of(), List.of(ticket(1, "ana"), ticket(2, "ben"), ticket(3, "ben")), claims(1, 2, 3));

    assertThat(audit.duplicated()).containsExactly("HD-3 is a second ticket of ben");
    assertThat(audit.exitCode()).isEqualTo(1);
  }

  @Test
  void of_ticketOfSomeoneWhoNeverEscalates_isUnexpected() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of(), List.of(ticket(1, "ana"), ticket(2, "ben"), ticket(3, "cy")), claims(1, 2, 3));

    assertThat(audit.unexpected()).containsExactly("HD-3 of cy");
    assertThat(audit.exitCode()).isEqualTo(1);
  }

  @Test
  void of_ticketClaimedTwiceOrNever_isAClaimProblem() {
    TicketAudit audit = TicketAudit.of(ESCALATING, Map.of(), List.of(ticket(1, "ana"), ticket(2, "ben")), Map.of(id(1), 2));

    assertThat(audit.claimProblems()).containsExactly("HD-1 claimed 2 times", "HD-2 claimed 0 times");
    assertThat(audit.exitCode()).isEqualTo(1);
  }

  private static TicketId id(int n) {
    return TicketId.of("HD", n);
  }

  private static Map<TicketId, Integer> claims(int... numbers) {
    Map<TicketId, Integer> claims = new java.util.HashMap<>();
    for (int n : numbers) {
      claims.put(id(n), 1);
    }
    return claims;
  }

  private static Ticket ticket(int n, String person) {
    UserRef requester = UserRef.of(LoadRun.PLATFORM, person, person);
    NewTicket draft = new NewTicket(requester, ConversationRef.direct(LoadRun.PLATFORM, "D-" + person), "it broke", Reason.NOT_FIXED,
        "service-desk", Tier.SECOND, Priority.NORMAL, null, List.of(), List.of());
    return Ticket.opened(id(n), draft, Instant.parse("2026-11-23T09:00:00Z"));
  }
}
