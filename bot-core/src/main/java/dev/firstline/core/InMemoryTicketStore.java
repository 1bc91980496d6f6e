package dev.firstline.core;

import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TicketStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A ticket store that lives in memory only: for trying the bot locally and for tests. */
public final class InMemoryTicketStore implements TicketStore {

  private final String prefix;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<TicketId, Ticket> tickets = new ConcurrentHashMap<>();

  public InMemoryTicketStore(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Ticket open(NewTicket draft, Instant now) {
    TicketId id = TicketId.of(prefix, sequence.incrementAndGet());
    Ticket ticket =
        new Ticket(
            id,
            draft.requester(),
            draft.origin(),
            draft.summary(),
            draft.reason(),
            draft.queue(),
            draft.topic(),
            draft.transcript(),
            draft.articlesShown(),
            now);
    tickets.put(id, ticket);
    return ticket;
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public List<Ticket> openedBy(UserRef requester) {
    return tickets.values().stream()
        .filter(t -> t.requester().equals(requester))
        .sorted(Comparator.comparing(Ticket::openedAt).thenComparing(t -> t.id().value()).reversed())
        .toList();
  }
}
