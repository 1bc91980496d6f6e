package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Ticket;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened when someone acted on a ticket: whether it was done, and a short message for that
 * person only (who already has the ticket, why they may not do this...).
 */
public record DeskResult(boolean done, String message, @Nullable Ticket ticket) {

  public DeskResult {
    requireNonNull(message, "message");
  }

  static DeskResult done(String message, Ticket ticket) {
    return new DeskResult(true, message, ticket);
  }

  static DeskResult refused(String message, @Nullable Ticket ticket) {
    return new DeskResult(false, message, ticket);
  }

  public Optional<Ticket> ticketAfter() {
    return Optional.ofNullable(ticket);
  }
}
