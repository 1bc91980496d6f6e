package dev.firstline.core.report;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ticket figures of a report, over the tickets opened in its period (see {@link ServiceReport}). */
final class TicketFigures {

  private static final List<Priority> MOST_URGENT_FIRST = List.of(Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW);

  private final List<TicketHistory> tickets;

  TicketFigures(List<TicketHistory> tickets) {
    this.tickets = List.copyOf(tickets);
  }

  ServiceReport.Escalations escalations() {
    Map<String, Long> byQueue = tickets.stream().collect(Collectors.groupingBy(h -> h.ticket().queue(), Collectors.counting()));
    Map<Priority, Long> byPriority = new LinkedHashMap<>();
    for (Priority p : MOST_URGENT_FIRST) {
      byPriority.put(p, tickets.stream().filter(h -> h.ticket().priority() == p).count());
    }
    Map<Tier, Long> byTier = perTier(tier -> tickets.stream().filter(h -> h.tiers().contains(tier)).count());
    return new ServiceReport.Escalations(tickets.size(), Ordered.mostFirst(byQueue), byPriority, byTier);
  }

  DurationSummary timeTo(EventKind kind) {
    return DurationSummary.of(tickets.stream().map(h -> h.timeTo(kind)).flatMap(Optional::stream).toList());
  }

  /** Per line, the tickets that were with it and, as the part, those that never breached there. */
  Map<Tier, Share> slaByTier() {
    return perTier(tier -> {
      List<TicketHistory> in = tickets.stream().filter(h -> h.tiers().contains(tier)).toList();
      return new Share(in.stream().filter(h -> !h.breachedIn(tier)).count(), in.size());
    });
  }

  Share reopened() {
    List<TicketHistory> resolved = tickets.stream().filter(h -> h.has(EventKind.RESOLVED)).toList();
    return new Share(resolved.stream().filter(h -> h.has(EventKind.REOPENED)).count(), resolved.size());
  }

  ServiceReport.Satisfaction satisfaction() {
    List<Long> byScore = new ArrayList<>(Collections.nCopies(5, 0L));
    tickets.stream().map(TicketHistory::ticket).map(Ticket::satisfaction).filter(s -> s != null && s >= 1 && s <= 5)
        .forEach(s -> byScore.set(s - 1, byScore.get(s - 1) + 1));
    return new ServiceReport.Satisfaction(byScore);
  }

  private static <V> Map<Tier, V> perTier(Function<Tier, V> figure) {
    Map<Tier, V> map = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      map.put(tier, figure.apply(tier));
    }
    return map;
  }
}
