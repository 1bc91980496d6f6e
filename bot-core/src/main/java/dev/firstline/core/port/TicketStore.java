package dev.firstline.core.port;

import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where escalations are kept. Failures surface as unchecked exceptions from the implementation. */
public interface TicketStore {

  /** Stores a new ticket, giving it the next readable id. */
  Ticket open(NewTicket draft, Instant now);

  Optional<Ticket> find(TicketId id);

  /** The tickets this person opened, newest first. */
  List<Ticket> openedBy(UserRef requester);
}
