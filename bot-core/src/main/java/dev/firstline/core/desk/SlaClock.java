package dev.firstline.core.desk;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.TimerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Works out a ticket's SLA deadlines and the timers that remind staff of them. */
final class SlaClock {

  /** Events that start the SLA afresh: a new ticket, a new line, a reopen. */
  private static final Set<EventKind> RESTARTS = Set.of(EventKind.OPENED, EventKind.ESCALATED_TO_THIRD_LINE, EventKind.TRANSFERRED, EventKind.REOPENED);

  /** How long to wait before posting a ticket again that its queue's channel refused. */
  static final Duration POST_RETRY = Duration.ofMinutes(1);

  private final SlaPolicy policy;

  SlaClock(SlaPolicy policy) {
    this.policy = policy;
  }

  /** When the SLA of this ticket started: its last open, move or reopen. */
  static Instant start(Ticket ticket, List<TicketEvent> history) {
    return history.stream().filter(e -> RESTARTS.contains(e.kind())).map(TicketEvent::at).reduce((a, b) -> b).orElse(ticket.openedAt());
  }

  Instant claimBy(Ticket ticket, Instant start) {
    return policy.calendar().plus(start, target(ticket).toClaim());
  }

  Instant resolveBy(Ticket ticket, Instant start) {
    return policy.calendar().plus(start, target(ticket).toResolve());
  }

  /**
   * The timers a ticket needs now: a retry while it is not posted to its queue yet, claim reminders
   * while nobody has it, resolve reminders while it is open, the automatic close once resolved.
   */
  List<Timer> timers(Ticket ticket, Instant start, Duration reopenWindow, Instant now) {
    List<Timer> timers = new ArrayList<>();
    if (ticket.status() == TicketStatus.RESOLVED) {
      timers.add(Timer.at(ticket.id(), TimerKind.AUTO_CLOSE, now.plus(reopenWindow)));
      return timers;
    }
    if (!ticket.status().isActive()) {
      return timers;
    }
    if (ticket.staff() == null) {
      timers.add(Timer.at(ticket.id(), TimerKind.STAFF_POST, now.plus(POST_RETRY)));
    }
    SlaPolicy.Target target = target(ticket);
    if (ticket.assignee() == null) {
      timers.add(Timer.at(ticket.id(), TimerKind.CLAIM_WARNING, policy.calendar().plus(start, scaled(target.toClaim()))));
      timers.add(Timer.at(ticket.id(), TimerKind.CLAIM_BREACH, policy.calendar().plus(start, target.toClaim())));
    }
    timers.add(Timer.at(ticket.id(), TimerKind.RESOLVE_WARNING, policy.calendar().plus(start, scaled(target.toResolve()))));
    timers.add(Timer.at(ticket.id(), TimerKind.RESOLVE_BREACH, policy.calendar().plus(start, target.toResolve())));
    return timers;
  }

  private SlaPolicy.Target target(Ticket ticket) {
    return policy.target(ticket.priority(), ticket.tier());
  }

  private Duration scaled(Duration total) {
    return Duration.ofMillis((long) (total.toMillis() * policy.warnAt()));
  }
}
