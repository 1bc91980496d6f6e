package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A moment when a ticket needs attention (an SLA reminder, the automatic close). Timers are kept in
 * the ticket store so they survive restarts; each fires once across all bot instances.
 *
 * @param id the store's id, 0 for a timer not stored yet
 */
public record Timer(long id, TicketId ticket, TimerKind kind, Instant due) {

  public Timer {
    requireNonNull(ticket, "ticket");
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
  }

  public static Timer at(TicketId ticket, TimerKind kind, Instant due) {
    return new Timer(0, ticket, kind, due);
  }
}
