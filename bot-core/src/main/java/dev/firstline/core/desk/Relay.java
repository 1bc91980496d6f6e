package dev.firstline.core.desk;

import dev.firstline.core.Redactor;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.UserRef;
import java.util.Optional;

/**
 * The conversation between a requester and staff once a ticket exists: messages both ways (with
 * {@code //} notes kept back), ratings and reopening.
 */
final class Relay {

  private static final String NOTE_PREFIX = "//";

  private final DeskContext desk;

  Relay(DeskContext desk) {
    this.desk = desk;
  }

  Optional<DeskResult> staffWrote(ConversationRef thread, UserRef engineer, String text) {
    Optional<Ticket> found = desk.store().findByStaffThread(thread);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket t = found.get();
    String clean = Redactor.redact(text).text().strip();
    if (!desk.mayWorkOn(engineer, t)) {
      desk.store().record(desk.event(t, engineer, EventKind.REFUSED, "message from someone without the " + DeskContext.roleFor(t.tier()) + " role"));
      return Optional.of(DeskResult.refused(DeskContext.refusal(t), t));
    }
    if (clean.startsWith(NOTE_PREFIX)) {
      desk.store().record(desk.event(t, engineer, EventKind.INTERNAL_NOTE, clean.substring(NOTE_PREFIX.length()).strip()));
      return Optional.of(DeskResult.done("Internal note kept on " + t.id() + ".", t));
    }
    desk.store().record(desk.event(t, engineer, EventKind.STAFF_MESSAGE, clean));
    desk.notifyRequester(t, DeskWording.fromStaff(engineer, t, clean));
    return Optional.of(DeskResult.done("Sent to " + t.requester().displayName() + ".", t));
  }

  Optional<DeskResult> requesterWrote(UserRef requester, ConversationRef origin, String text, boolean mayReopen) {
    Optional<Ticket> found = desk.store().latestNotClosed(requester, origin);
    if (found.isEmpty() || (found.get().status() == TicketStatus.RESOLVED && !mayReopen)) {
      return Optional.empty();
    }
    String clean = Redactor.redact(text).text();
    Ticket t = found.get();
    if (t.status() == TicketStatus.RESOLVED) {
      return Optional.of(reopen(t.id(), requester, clean));
    }
    desk.store().record(desk.event(t, requester, EventKind.REQUESTER_MESSAGE, clean));
    desk.tellStaff(t, DeskWording.fromRequester(requester, clean));
    if (t.status() == TicketStatus.WAITING_ON_REQUESTER) {
      Ticket back = t.withStatus(t.assignee() == null ? TicketStatus.OPEN : TicketStatus.CLAIMED, desk.now());
      desk.store().update(back, desk.event(t, requester, EventKind.REQUESTER_MESSAGE, "answered")).ifPresent(desk::refreshSummary);
    }
    String who = t.assignee() == null ? "the " + t.queue() + " team" : t.assignee().displayName();
    return Optional.of(DeskResult.done("Passed on to " + who + " (" + t.id() + ").", t));
  }

  DeskResult rate(TicketId id, UserRef requester, int score) {
    if (score < 1 || score > 5) {
      return DeskResult.refused("A rating is 1 to 5.", null);
    }
    Optional<Ticket> found = desk.store().find(id).filter(t -> t.requester().sameAs(requester));
    if (found.isEmpty()) {
      return DeskResult.refused("You can only rate your own tickets.", null);
    }
    Ticket t = found.get();
    return desk.store().update(t.rated(score, desk.now()), desk.event(t, requester, EventKind.SATISFACTION, Integer.toString(score)))
        .map(rated -> DeskResult.done("Thanks for the feedback!", rated))
        .orElseGet(() -> DeskResult.refused("That ticket just changed; please try again.", t));
  }

  DeskResult reopen(TicketId id, UserRef requester, String why) {
    Optional<Ticket> found = desk.store().find(id).filter(t -> t.requester().sameAs(requester));
    if (found.isEmpty() || found.get().status() != TicketStatus.RESOLVED) {
      return DeskResult.refused("Only a resolved ticket of yours can be reopened.", found.orElse(null));
    }
    Ticket t = found.get();
    return desk.store().update(t.reopened(desk.now()), desk.event(t, requester, EventKind.REOPENED, why))
        .map(reopened -> {
          desk.reschedule(reopened);
          desk.tellStaff(reopened, "Reopened by " + requester.displayName() + ": " + Mentions.defuse(why));
          desk.refreshSummary(reopened);
          return DeskResult.done("I have reopened " + t.id() + " and told the team.", reopened);
        })
        .orElseGet(() -> DeskResult.refused("That ticket just changed; please try again.", t));
  }
}
