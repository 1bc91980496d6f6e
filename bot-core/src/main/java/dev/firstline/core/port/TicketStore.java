package dev.firstline.core.port;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where tickets, their history and their timers are kept, shared by every bot instance. Each
 * method is atomic. Storage failures surface as unchecked exceptions; nothing is half-written.
 */
public interface TicketStore {

  /** Stores a new ticket with the next readable id and records its OPENED event. */
  Ticket open(NewTicket draft, Instant now);

  Optional<Ticket> find(TicketId id);

  /** The tickets this person opened, newest first. */
  List<Ticket> openedBy(UserRef requester);

  /** Every ticket, closed ones too, oldest first. */
  List<Ticket> all();

  /** Tickets that are not closed, oldest first. */
  List<Ticket> notClosed();

  /** The ticket whose staff thread this is. */
  Optional<Ticket> findByStaffThread(ConversationRef thread);

  /** The newest ticket that is not closed for this person in this conversation. */
  Optional<Ticket> latestNotClosed(UserRef requester, ConversationRef origin);

  /**
   * Replaces the stored ticket with {@code changed} and records {@code event}, both or neither, but
   * only if the stored version still equals {@code changed.version()}.
   *
   * @return the stored ticket (version + 1), or empty if someone else changed it first
   */
  Optional<Ticket> update(Ticket changed, TicketEvent event);

  /** Adds an entry to a ticket's history (a message, a note, a refusal). */
  void record(TicketEvent event);

  /** A ticket's history, oldest first. */
  List<TicketEvent> history(TicketId id);

  /** Replaces the ticket's unfired timers with these. */
  void schedule(TicketId id, List<Timer> timers);

  /** Timers due at {@code now} that have not fired, earliest first. */
  List<Timer> dueTimers(Instant now, int limit);

  /** Marks a timer fired; true for exactly one caller across all instances, false if already fired. */
  boolean fire(Timer timer, Instant now);
}
