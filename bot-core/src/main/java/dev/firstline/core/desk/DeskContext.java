package dev.firstline.core.desk;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every part of the desk shares: the store, the chat platform, who is staff, the settings and
 * the clock, with the small steps they all take (record an event, post, refresh a summary).
 */
record DeskContext(TicketStore store, ChatPlatform chat, StaffDirectory staff, DeskSettings settings, Clock clock, SlaClock sla, DeskWording wording) {

  private static final Logger log = LoggerFactory.getLogger(DeskContext.class);

  Instant now() {
    return clock.instant();
  }

  TicketEvent event(Ticket t, @Nullable UserRef actor, EventKind kind, String detail) {
    return new TicketEvent(t.id(), now(), actor, kind, detail);
  }

  boolean mayWorkOn(UserRef person, Ticket t) {
    return staff.rolesOf(person).contains(roleFor(t.tier()));
  }

  static Role roleFor(Tier tier) {
    return tier == Tier.SECOND ? Role.SECOND_LINE : Role.THIRD_LINE;
  }

  static String refusal(Ticket t) {
    return "Sorry, only " + (t.tier() == Tier.SECOND ? "2nd" : "3rd") + "-line engineers can work on " + t.id() + " (" + t.queue() + " queue).";
  }

  /** When the SLA of this ticket started: its last open, move or reopen. */
  Instant slaStart(Ticket t) {
    return SlaClock.start(t, store.history(t.id()));
  }

  /** Replaces the ticket's timers with the ones its state needs now. */
  void reschedule(Ticket t) {
    store.schedule(t.id(), sla.timers(t, slaStart(t), settings.reopenWindow(), now()));
  }

  /** Posts the ticket's summary in its queue's channel and remembers the thread; empty if the post failed. */
  Optional<Ticket> postToQueue(Ticket t) {
    Queue queue = settings.queue(t.queue()).orElseThrow();
    try {
      StaffThread thread = chat.openThread(queue.channelId(), summary(t));
      return store.update(t.postedAt(thread, now()), event(t, null, EventKind.STAFF_MESSAGE, "posted to " + queue.name()));
    } catch (ChatDeliveryException e) {
      log.warn("could not post {} to queue {}: {}", t.id(), queue.name(), e.getMessage());
      return Optional.empty();
    }
  }

  void refreshSummary(Ticket t) {
    if (t.staff() == null) {
      return;
    }
    try {
      chat.update(t.staff().summary(), summary(t));
    } catch (ChatDeliveryException e) {
      log.warn("could not update the summary of {}: {}", t.id(), e.getMessage());
    }
  }

  void notifyRequester(Ticket t, String text) {
    post(t.origin(), OutgoingMessage.text(text));
  }

  /** Writes in the ticket's staff thread, if it has one yet. */
  void tellStaff(Ticket t, String text) {
    if (t.staff() != null) {
      post(t.staff().thread(), OutgoingMessage.text(text));
    }
  }

  void post(ConversationRef where, OutgoingMessage message) {
    try {
      chat.post(where, message);
    } catch (ChatDeliveryException e) {
      log.warn("could not post to {}: {}", where, e.getMessage());
    }
  }

  private OutgoingMessage summary(Ticket t) {
    Instant start = slaStart(t);
    return wording.summary(t, sla.claimBy(t, start), sla.resolveBy(t, start));
  }
}
