package dev.firstline.core.report;

import static dev.firstline.core.report.ReportSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueFiguresTest {

  private static final UserRef EVE = UserRef.of("local", "eve", "Eve");
  private static final Instant NOW = at("01-07T15:00");

  private final InMemoryTicketStore store = new InMemoryTicketStore("HD");

  @Test
  void openUnclaimedBreachesSinceMidnight_andClaimsOfThePastWeek() {
    Ticket unclaimed = open("network", "01-07T08:00");
    breach(unclaimed, "01-06T10:00"); // yesterday: not today
    breach(unclaimed, "01-07T10:00");
    Ticket claimed = open("network", "01-06T09:00");
    claim(claimed, "01-06T09:20"); // 20 min
    Ticket old = open("network", "2025-12-29T09:00:00Z");
    claim(old, "2025-12-29T10:00:00Z"); // more than a week ago, though it was resolved within the week
    resolve(old, "01-02T09:00");
    Ticket done = open("network", "01-07T12:00");
    claim(done, "01-07T12:40"); // 40 min
    resolve(done, "01-07T13:00");
    open("service-desk", "01-07T09:00"); // another queue

    QueueFigures network = QueueFigures.read(store, "network", Tier.SECOND, NOW, ZoneOffset.UTC);

    assertThat(network.open()).isEqualTo(2);
    assertThat(network.unclaimed()).isEqualTo(1);
    assertThat(network.breachesToday()).isEqualTo(1);
    // 20 and 40 min: the median by nearest rank is the first of the two
    assertThat(network.timeToClaim()).isEqualTo(new DurationSummary(2, Duration.ofMinutes(20), Duration.ofMinutes(40)));
    assertThat(ReportText.queue(network))
        .isEqualTo("network (2nd line): 2 open, 1 unclaimed, 1 SLA breach today, median time to claim 20 min over the past 7 days (2 claims)");
  }

  @Test
  void anEmptyQueue_saysSo() {
    QueueFigures empty = QueueFigures.read(store, "servers", Tier.THIRD, NOW, ZoneOffset.UTC);

    assertThat(ReportText.queue(empty)).isEqualTo("servers (3rd line): 0 open, 0 unclaimed, 0 SLA breaches today, no claims in the past 7 days");
  }

  /** A time in January 2026 ("01-07T08:00") or any instant. */
  private static Instant when(String when) {
    return when.length() > 11 ? Instant.parse(when) : at(when);
  }

  private Ticket open(String queue, String when) {
    return store.open(new NewTicket(EVE, ConversationRef.direct("local", "D-x"), "broken", Reason.LOW_CONFIDENCE, queue, Tier.SECOND,
        Priority.NORMAL, null, List.of(), List.of()), when(when));
  }

  private void claim(Ticket t, String when) {
    Ticket now = store.find(t.id()).orElseThrow();
    store.update(now.claimedBy(EVE, when(when)), new TicketEvent(t.id(), when(when), EVE, EventKind.CLAIMED, "claimed")).orElseThrow();
  }

  private void resolve(Ticket t, String when) {
    Ticket now = store.find(t.id()).orElseThrow();
    store.update(now.resolved("done", when(when)), new TicketEvent(t.id(), when(when), EVE, EventKind.RESOLVED, "done")).orElseThrow();
  }

  private void breach(Ticket t, String when) {
    store.record(new TicketEvent(t.id(), at(when), null, EventKind.SLA_BREACH, "breach"));
  }
}
