package dev.firstline.core.report;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.Tier;
import dev.firstline.core.port.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One queue's figures for the engineers who work it, as of {@code asOf}: tickets still to be worked
 * on and those nobody has claimed, SLA breaches since midnight, and how long claims took over the
 * past {@value #WEEK_DAYS} days. Tickets count in the queue they are in now.
 *
 * @param open active tickets (not resolved, not closed)
 * @param unclaimed active tickets nobody has
 * @param breachesToday SLA breaches recorded since midnight in the desk's time zone
 * @param timeToClaim from opening to first claim, for the tickets first claimed in the past week
 */
public record QueueFigures(String queue, Tier tier, Instant asOf, long open, long unclaimed, long breachesToday, DurationSummary timeToClaim) {

  static final int WEEK_DAYS = 7;

  public QueueFigures {
    requireNonNull(queue, "queue");
    requireNonNull(tier, "tier");
    requireNonNull(asOf, "asOf");
    requireNonNull(timeToClaim, "timeToClaim");
  }

  /** The figures of {@code queue} from the store, as of {@code now}; "today" starts at midnight in {@code zone}. */
  public static QueueFigures read(TicketStore store, String queue, Tier tier, Instant now, ZoneId zone) {
    Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    Instant weekAgo = now.minus(Duration.ofDays(WEEK_DAYS));
    // an inactive ticket not changed for a week was neither claimed nor breached since (breaches need an active ticket)
    List<Ticket> tickets = store.all().stream()
        .filter(t -> t.queue().equals(queue) && (t.status().isActive() || !t.updatedAt().isBefore(weekAgo)))
        .toList();
    List<Ticket> active = tickets.stream().filter(t -> t.status().isActive()).toList();
    long breaches = 0;
    List<Duration> claims = new ArrayList<>();
    for (Ticket t : tickets) {
      TicketHistory history = TicketHistory.until(t, store.history(t.id()), now.plusNanos(1));
      breaches += history.events().stream().filter(e -> e.kind() == EventKind.SLA_BREACH && !e.at().isBefore(midnight)).count();
      history.first(EventKind.CLAIMED).filter(at -> !at.isBefore(weekAgo)).ifPresent(at -> claims.add(Duration.between(t.openedAt(), at)));
    }
    return new QueueFigures(queue, tier, now, active.size(), active.stream().filter(t -> t.assignee() == null).count(), breaches,
        DurationSummary.of(claims));
  }
}
