package dev.firstline.core.report;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A ticket with its history, as far as a report looks: the events before the report's end.
 *
 * <p>Which line a ticket was with at a given time is told by its move to 3rd line: before its
 * first ESCALATED_TO_THIRD_LINE event it was with the 2nd line, from then on with the 3rd; a
 * ticket never escalated was with its current line throughout. (A transfer between lines through
 * a plain transfer is not traced.)
 */
record TicketHistory(Ticket ticket, List<TicketEvent> events) {

  TicketHistory {
    requireNonNull(ticket, "ticket");
    events = List.copyOf(events);
  }

  /** The ticket's history before {@code end}, oldest first. */
  static TicketHistory until(Ticket ticket, List<TicketEvent> history, Instant end) {
    return new TicketHistory(ticket, history.stream().filter(e -> e.at().isBefore(end)).toList());
  }

  Optional<Instant> first(EventKind kind) {
    return events.stream().filter(e -> e.kind() == kind).map(TicketEvent::at).min(Instant::compareTo);
  }

  boolean has(EventKind kind) {
    return first(kind).isPresent();
  }

  /** From opening to the first event of this kind, if there was one. */
  Optional<Duration> timeTo(EventKind kind) {
    return first(kind).map(at -> Duration.between(ticket.openedAt(), at));
  }

  /** The lines the ticket was with: 2nd then 3rd if it was escalated, else its current one. */
  List<Tier> tiers() {
    return has(EventKind.ESCALATED_TO_THIRD_LINE) ? List.of(Tier.SECOND, Tier.THIRD) : List.of(ticket.tier());
  }

  /** The line the ticket was with at {@code at}. */
  Tier tierAt(Instant at) {
    return first(EventKind.ESCALATED_TO_THIRD_LINE).map(escalated -> at.isBefore(escalated) ? Tier.SECOND : Tier.THIRD).orElse(ticket.tier());
  }

  /** Whether an SLA target was breached while the ticket was with this line. */
  boolean breachedIn(Tier tier) {
    return events.stream().anyMatch(e -> e.kind() == EventKind.SLA_BREACH && tierAt(e.at()) == tier);
  }
}
