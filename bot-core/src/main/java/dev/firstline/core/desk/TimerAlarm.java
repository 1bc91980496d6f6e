package dev.firstline.core.desk;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.TimerKind;
import java.time.Instant;

/** What a due timer does to its ticket, if the ticket still needs it. */
final class TimerAlarm {

  private final TicketDesk desk;
  private final Ticket ticket;


  TimerAlarm(TicketDesk desk, Ticket ticket, Instant now) {
    this.desk = desk;
    this.ticket = ticket;

  }

  void ring(TimerKind kind) {
    boolean unclaimed = ticket.status().isActive() && ticket.assignee() == null;
    switch (kind) {
      case CLAIM_WARNING -> {
        if (unclaimed) {
          desk.alarm(ticket, EventKind.SLA_WARNING, "⏰ " + ticket.id() + " must be claimed by " + desk.when(desk.claimBy(ticket)) + " (" + ticket.priority() + ").", false);
        }
      }
      case CLAIM_BREACH -> {
        if (unclaimed) {
          desk.alarm(ticket, EventKind.SLA_BREACH, "🚨 " + ticket.id() + " was not claimed in time (due " + desk.when(desk.claimBy(ticket)) + ", " + ticket.priority() + ").", true);
        }
      }
      case RESOLVE_WARNING -> {
        if (ticket.status().isActive()) {
          desk.alarm(ticket, EventKind.SLA_WARNING, "⏰ " + ticket.id() + " must be resolved by " + desk.when(desk.resolveBy(ticket)) + ".", false);
        }
      }
      case RESOLVE_BREACH -> {
        if (ticket.status().isActive()) {
          desk.alarm(ticket, EventKind.SLA_BREACH, "🚨 " + ticket.id() + " was not resolved in time (due " + desk.when(desk.resolveBy(ticket)) + ").", true);
        }
      }
      case AUTO_CLOSE -> {
        if (ticket.status() == TicketStatus.RESOLVED) {
          desk.close(ticket);
        }
      }
    }
  }

}
