package dev.firstline.core.port;

import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TimerKind;
import java.time.Duration;

/**
 * Watches what the bot and the desk do, for metrics. Every method does nothing unless
 * overridden. Called on the thread that did the work; implementations must be quick and
 * thread-safe, and what they throw is logged and otherwise ignored.
 */
public interface BotMonitor {

  /** The monitor that watches nothing. */
  BotMonitor NONE = new BotMonitor() {};

  /**
   * The bot replied to a message, a feedback click or a choice; {@code took} is the time from
   * receiving it to the reply. Replies relayed to an open ticket have reason {@code
   * RELAYED_TO_TICKET}.
   */
  default void decided(Reply reply, Duration took) {}

  /** The knowledge base was searched for a message and found {@code hits} articles. */
  default void searched(Duration took, int hits) {}

  /** A ticket was opened and routed to its queue. */
  default void escalated(Ticket ticket) {}

  /** A ticket missed its SLA: {@code kind} is {@code CLAIM_BREACH} or {@code RESOLVE_BREACH}. */
  default void slaBreached(Ticket ticket, TimerKind kind) {}
}
