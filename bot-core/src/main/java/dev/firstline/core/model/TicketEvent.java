package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry in a ticket's history: who did what, when. Staff-only entries (internal notes) are
 * never shown to the requester.
 *
 * @param actor the person, or null for the bot itself
 * @param detail the text of a message or note, or a short description; secrets already redacted
 */
public record TicketEvent(TicketId ticket, Instant at, @Nullable UserRef actor, EventKind kind, String detail) {

  public TicketEvent {
    requireNonNull(ticket, "ticket");
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(detail, "detail");
  }

  /** Whether only staff may see this entry. */
  public boolean staffOnly() {
    return kind == EventKind.INTERNAL_NOTE || kind == EventKind.SLA_WARNING || kind == EventKind.SLA_BREACH || kind == EventKind.REFUSED;
  }
}
