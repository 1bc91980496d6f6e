package dev.firstline.core.desk;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.port.BotMonitor;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a due timer does to its ticket, if the ticket still needs it. */
final class TimerAlarm {

  private static final Logger log = LoggerFactory.getLogger(TimerAlarm.class);

  private final DeskContext desk;
  private final BotMonitor monitor;

  TimerAlarm(DeskContext desk, BotMonitor monitor) {
    this.desk = desk;
    this.monitor = monitor;
  }

  /** A failing monitor costs a log line, never a ticket change. */
  static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("the bot monitor failed", e);
    }
  }

  void ring(Ticket t, TimerKind kind) {
    boolean unclaimed = t.status().isActive() && t.assignee() == null;
    Instant start = desk.slaStart(t);
    String claimBy = desk.wording().when(desk.sla().claimBy(t, start));
    String resolveBy = desk.wording().when(desk.sla().resolveBy(t, start));
    switch (kind) {
      case CLAIM_WARNING -> {
        if (unclaimed) {
          alarm(t, EventKind.SLA_WARNING, "⏰ " + t.id() + " must be claimed by " + claimBy + " (" + t.priority() + ").", false);
        }
      }
      case CLAIM_BREACH -> {
        if (unclaimed) {
          alarm(t, EventKind.SLA_BREACH, "🚨 " + t.id() + " was not claimed in time (due " + claimBy + ", " + t.priority() + ").", true);
          tell(() -> monitor.slaBreached(t, kind));
        }
      }
      case RESOLVE_WARNING -> {
        if (t.status().isActive()) {
          alarm(t, EventKind.SLA_WARNING, "⏰ " + t.id() + " must be resolved by " + resolveBy + ".", false);
        }
      }
      case RESOLVE_BREACH -> {
        if (t.status().isActive()) {
          alarm(t, EventKind.SLA_BREACH, "🚨 " + t.id() + " was not resolved in time (due " + resolveBy + ").", true);
          tell(() -> monitor.slaBreached(t, kind));
        }
      }
      case STAFF_POST -> {
        if (t.staff() == null && t.status().isActive()) {
          desk.reschedule(desk.postToQueue(t).orElse(t)); // posted: its timers no longer need a retry
        }
      }
      case AUTO_CLOSE -> {
        if (t.status() == TicketStatus.RESOLVED) {
          String why = "no reply within " + DurationText.of(desk.settings().reopenWindow());
          desk.store().update(t.withStatus(TicketStatus.CLOSED, desk.now()), desk.event(t, null, EventKind.CLOSED, why)).ifPresent(desk::refreshSummary);
        }
      }
    }
  }

  /** Records the reminder, says it in the staff thread and, for a breach, tells the queue's lead. */
  private void alarm(Ticket t, EventKind kind, String text, boolean toLead) {
    desk.store().record(desk.event(t, null, kind, text));
    desk.tellStaff(t, text);
    if (toLead) {
      desk.settings().queue(t.queue()).map(Queue::lead)
          .ifPresent(lead -> desk.post(ConversationRef.direct(lead.platform(), lead.id()), OutgoingMessage.text(text)));
    }
  }
}
