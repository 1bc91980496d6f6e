package dev.firstline.core;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TicketStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A ticket store that lives in memory only: for tests and for trying the bot without a database. */
public final class InMemoryTicketStore implements TicketStore {

  private final String prefix;
  private long sequence;
  private long timerSequence;
  private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
  private final List<TicketEvent> events = new ArrayList<>();
  private final Map<Long, Timer> pending = new LinkedHashMap<>();

  public InMemoryTicketStore(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public synchronized Ticket open(NewTicket draft, Instant now) {
    Ticket ticket = Ticket.opened(TicketId.of(prefix, ++sequence), draft, now);
    tickets.put(ticket.id(), ticket);
    events.add(new TicketEvent(ticket.id(), now, draft.requester(), EventKind.OPENED, draft.summary()));
    return ticket;
  }

  @Override
  public synchronized Optional<Ticket> find(TicketId id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public synchronized List<Ticket> openedBy(UserRef requester) {
    return tickets.values().stream()
        .filter(t -> t.requester().sameAs(requester))
        .toList()
        .reversed(); // newest first: tickets are kept in the order they were opened
  }

  @Override
  public synchronized List<Ticket> all() {
    return List.copyOf(tickets.values());
  }

  @Override
  public synchronized List<Ticket> notClosed() {
    return tickets.values().stream().filter(t -> t.status() != TicketStatus.CLOSED).toList();
  }

  @Override
  public synchronized Optional<Ticket> findByStaffThread(ConversationRef thread) {
    return tickets.values().stream().filter(t -> t.staff() != null && t.staff().thread().equals(thread)).findFirst();
  }

  @Override
  public synchronized Optional<Ticket> latestNotClosed(UserRef requester, ConversationRef origin) {
    return tickets.values().stream()
        .filter(t -> t.requester().sameAs(requester) && t.origin().equals(origin) && t.status() != TicketStatus.CLOSED)
        .reduce((first, second) -> second);
  }

  @Override
  public synchronized Optional<Ticket> update(Ticket changed, TicketEvent event) {
    Ticket stored = tickets.get(changed.id());
    if (stored == null || stored.version() != changed.version()) {
      return Optional.empty();
    }
    Ticket next = changed.nextVersion();
    tickets.put(next.id(), next);
    events.add(event);
    return Optional.of(next);
  }

  @Override
  public synchronized void record(TicketEvent event) {
    events.add(event);
  }

  @Override
  public synchronized List<TicketEvent> history(TicketId id) {
    return events.stream().filter(e -> e.ticket().equals(id)).toList();
  }

  @Override
  public synchronized void schedule(TicketId id, List<Timer> timers) {
    pending.values().removeIf(t -> t.ticket().equals(id));
    for (Timer timer : timers) {
      long timerId = ++timerSequence;
      pending.put(timerId, new Timer(timerId, id, timer.kind(), timer.due()));
    }
  }

  @Override
  public synchronized List<Timer> dueTimers(Instant now, int limit) {
    return pending.values().stream().filter(t -> !t.due().isAfter(now)).sorted(Comparator.comparing(Timer::due)).limit(limit).toList();
  }

  @Override
  public synchronized boolean fire(Timer timer, Instant now) {
    return pending.remove(timer.id()) != null;
  }
}
