package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.Redactor;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.ChatPlatform;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The service desk: opens tickets in their queue, lets engineers claim, transfer, escalate, ask
 * and resolve, relays messages both ways, and fires SLA reminders. Every change is atomic in the
 * {@link TicketStore}, so two engineers (or two bot instances) can never both win. Thread-safe.
 */
public final class TicketDesk {

  private static final int ATTEMPTS = 5;

  private final DeskContext desk;
  private final TicketStore store;
  private final DeskSettings settings;
  private final Clock clock;
  private final Relay relay;
  private final TimerAlarm alarms;
  private final BotMonitor monitor;

  public TicketDesk(TicketStore store, ChatPlatform chat, StaffDirectory staff, DeskSettings settings, Clock clock) {
    this(store, chat, staff, settings, clock, BotMonitor.NONE);
  }

  /** A desk that tells {@code monitor} each ticket it opens and each SLA breach, for metrics. */
  public TicketDesk(TicketStore store, ChatPlatform chat, StaffDirectory staff, DeskSettings settings, Clock clock, BotMonitor monitor) {
    this.monitor = requireNonNull(monitor, "monitor");
    this.store = requireNonNull(store, "store");
    this.settings = requireNonNull(settings, "settings");
    this.clock = requireNonNull(clock, "clock");
    this.desk = new DeskContext(store, requireNonNull(chat, "chat"), requireNonNull(staff, "staff"), settings, clock,
        new SlaClock(settings.sla()), new DeskWording(settings.sla().calendar().zone()));
    this.relay = new Relay(desk);
    this.alarms = new TimerAlarm(desk, monitor);
  }

  /** Opens a ticket for an escalation, posts it to its queue's staff channel and starts its SLA. */
  public Ticket open(Escalation escalation) {
    Instant now = clock.instant();
    Queue queue = route(escalation);
    Ticket ticket = store.open(
        new NewTicket(escalation.requester(), escalation.origin(), Redactor.redact(escalation.summary()).text(), escalation.reason(),
            queue.name(), queue.tier(), priority(escalation), escalation.topic(),
            escalation.transcript().stream().map(l -> Redactor.redact(l).text()).toList(), escalation.articlesShown()),
        now);
    Ticket posted = desk.postToQueue(ticket).orElse(ticket); // if the channel refuses, a STAFF_POST timer retries
    desk.reschedule(posted);
    TimerAlarm.tell(() -> monitor.escalated(posted));
    return posted;
  }

  /** Takes ownership; exactly one of several engineers claiming at once wins. */
  public DeskResult claim(TicketId id, UserRef engineer) {
    return change(id, engineer, t -> {
      if (engineer.sameAs(t.assignee())) {
        return refuse("You already have " + t.id() + ".");
      }
      if (t.assignee() != null) {
        return refuse(t.assignee().displayName() + " already has " + t.id() + ".");
      }
      return new Step(t.claimedBy(engineer, clock.instant()), EventKind.CLAIMED, "claimed");
    }, t -> {
      desk.notifyRequester(t, t.assignee().displayName() + " from the " + t.queue() + " team is now looking at " + t.id() + ". You can reply here.");
      return "You have " + t.id() + ".";
    });
  }

  public DeskResult unclaim(TicketId id, UserRef engineer) {
    return change(id, engineer, t -> t.assignee() == null
        ? refuse("Nobody has " + t.id() + ".")
        : new Step(t.unclaimed(clock.instant()), EventKind.UNCLAIMED, "released by " + engineer.displayName()),
        t -> "You released " + t.id() + "; it is back in the " + t.queue() + " queue.");
  }

  /** Hands the ticket to another queue (it starts unowned there) or, if a person is given, to them. */
  public DeskResult transfer(TicketId id, UserRef engineer, String target) {
    Optional<Queue> queue = settings.queue(target);
    if (queue.isEmpty()) {
      UserRef person = UserRef.of(engineer.platform(), target, target);
      return change(id, engineer, t -> new Step(t.claimedBy(person, clock.instant()), EventKind.TRANSFERRED, "to " + target),
          t -> "Transferred " + t.id() + " to " + target + ".");
    }
    return move(id, engineer, queue.get(), EventKind.TRANSFERRED);
  }

  /** Moves the ticket to a 3rd-line specialist queue. */
  public DeskResult escalateToThirdLine(TicketId id, UserRef engineer, String queueName) {
    Optional<Queue> queue = settings.queue(queueName).filter(q -> q.tier() == Tier.THIRD);
    if (queue.isEmpty()) {
      return DeskResult.refused("'" + queueName + "' is not a 3rd-line queue; 3rd-line queues are " + thirdLineQueues() + ".", null);
    }
    return move(id, engineer, queue.get(), EventKind.ESCALATED_TO_THIRD_LINE);
  }

  /** Sends the requester a question and waits for their answer. */
  public DeskResult ask(TicketId id, UserRef engineer, String question) {
    String clean = Redactor.redact(question).text();
    return change(id, engineer, t -> new Step(t.withStatus(TicketStatus.WAITING_ON_REQUESTER, clock.instant()), EventKind.ASKED_REQUESTER, clean),
        t -> {
          desk.notifyRequester(t, DeskWording.fromStaff(engineer, t, clean));
          return "Asked the requester of " + t.id() + ".";
        });
  }

  /** Resolves with a note; the requester gets it with a satisfaction question and can reopen by replying. */
  public DeskResult resolve(TicketId id, UserRef engineer, String note) {
    if (note.isBlank()) {
      return DeskResult.refused("Please add a resolution note: the requester sees it.", null);
    }
    String clean = Redactor.redact(note).text();
    return change(id, engineer, t -> new Step(t.resolved(clean, clock.instant()), EventKind.RESOLVED, clean), t -> {
      desk.post(t.origin(), DeskWording.resolvedForRequester(t, engineer, clean, DurationText.of(settings.reopenWindow())));
      return "Resolved " + t.id() + ".";
    });
  }

  /** Something an engineer wrote in a ticket's staff thread: relayed, or kept as a note if it starts with //. */
  public Optional<DeskResult> staffWrote(ConversationRef thread, UserRef engineer, String text) {
    return relay.staffWrote(thread, engineer, text);
  }

  /**
   * Something a requester wrote where they have a ticket that is not closed: relayed to staff, and
   * a reply to a resolved ticket reopens it unless {@code mayReopen} is false ("thanks!"). Empty
   * when there is no such ticket, so the bot treats the message as a new question.
   */
  public Optional<DeskResult> requesterWrote(UserRef requester, ConversationRef origin, String text, boolean mayReopen) {
    return relay.requesterWrote(requester, origin, text, mayReopen);
  }

  /** The requester's answer to "how did we do?", 1 (poor) to 5 (great). */
  public DeskResult rate(TicketId id, UserRef requester, int score) {
    return relay.rate(id, requester, score);
  }

  /** Reopens a resolved ticket on the requester's word. */
  public DeskResult reopen(TicketId id, UserRef requester, String why) {
    return relay.reopen(id, requester, why);
  }

  /**
   * A button pressed or a command given, by its action id ({@code claim:HD-42}, {@code
   * resolve:HD-42} with the note as {@code argument}, {@code rate:HD-42:5}...), as every adapter
   * sends it.
   */
  public DeskResult act(UserRef actor, String actionId, String argument) {
    String[] parts = actionId.split(":");
    if (parts.length < 2) {
      return DeskResult.refused("Unknown action '" + actionId + "'.", null);
    }
    TicketId id;
    try {
      id = new TicketId(parts[1]);
    } catch (IllegalArgumentException e) {
      return DeskResult.refused(e.getMessage(), null);
    }
    return switch (parts[0]) {
      case "claim" -> claim(id, actor);
      case "unclaim" -> unclaim(id, actor);
      case "transfer" -> argument.isBlank() ? DeskResult.refused("Transfer to which queue or person?", null) : transfer(id, actor, argument.strip());
      case "third-line" -> escalateToThirdLine(id, actor, argument.strip());
      case "ask" -> argument.isBlank() ? DeskResult.refused("What should I ask?", null) : ask(id, actor, argument);
      case "resolve" -> resolve(id, actor, argument);
      case "rate" -> parts.length == 3 && parts[2].matches("[1-5]") ? rate(id, actor, Integer.parseInt(parts[2])) : DeskResult.refused("A rating is 1 to 5.", null);
      case "reopen" -> reopen(id, actor, argument.isBlank() ? "reopened" : argument);
      default -> DeskResult.refused("Unknown action '" + parts[0] + "'.", null);
    };
  }

  /** Fires the SLA reminders and automatic closes that are due; returns how many fired here. */
  public int runDueTimers() {
    Instant now = clock.instant();
    int fired = 0;
    for (Timer timer : store.dueTimers(now, 100)) {
      if (store.fire(timer, now)) {
        fired++;
        store.find(timer.ticket()).ifPresent(t -> alarms.ring(t, timer.kind()));
      }
    }
    return fired;
  }

  /**
   * The SLA deadlines of a ticket that still run, as of now: claim-by while nobody has it,
   * resolve-by until it is resolved. For adapters that show a queue with its deadlines.
   */
  public Deadlines deadlines(Ticket ticket) {
    Instant now = clock.instant();
    if (!ticket.status().isActive()) {
      return new Deadlines(now, null, null);
    }
    Instant start = desk.slaStart(ticket);
    return new Deadlines(now, ticket.assignee() == null ? desk.sla().claimBy(ticket, start) : null, desk.sla().resolveBy(ticket, start));
  }

  /** The queue a ticket goes to when nothing else says, and that new articles start in. */
  public String defaultQueue() {
    return settings.defaultQueue();
  }

  /** Whether this person may work on the ticket: they have the role of its line (2nd or 3rd). */
  public boolean mayWorkOn(UserRef person, Ticket ticket) {
    return desk.mayWorkOn(person, ticket);
  }

  /** A ticket's history as this person may see it: staff see everything, requesters their own ticket without notes. */
  public List<TicketEvent> history(TicketId id, UserRef viewer) {
    Optional<Ticket> t = store.find(id);
    if (t.isEmpty()) {
      return List.of();
    }
    if (!desk.staff().rolesOf(viewer).isEmpty()) {
      return store.history(id);
    }
    if (!t.get().requester().sameAs(viewer)) {
      return List.of();
    }
    return store.history(id).stream().filter(e -> !e.staffOnly()).toList();
  }

  // ---- the mechanics ----------------------------------------------------------------------

  /** One change: the new ticket and how to record it, or a refusal. */
  private record Step(@Nullable Ticket next, @Nullable EventKind kind, String detail) {}

  private static Step refuse(String why) {
    return new Step(null, null, why);
  }

  /**
   * Reads the ticket, checks the engineer may work on it, applies {@code decide} and stores the
   * result if nobody changed the ticket meanwhile; on a conflict it reads again and decides again,
   * so the loser of a race is told who won.
   */
  private DeskResult change(TicketId id, UserRef engineer, Function<Ticket, Step> decide, Function<Ticket, String> after) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Ticket> found = store.find(id);
      if (found.isEmpty()) {
        return DeskResult.refused("There is no ticket " + id + ".", null);
      }
      Ticket t = found.get();
      if (!desk.mayWorkOn(engineer, t)) {
        store.record(desk.event(t, engineer, EventKind.REFUSED, "action refused: no " + DeskContext.roleFor(t.tier()) + " role"));
        return DeskResult.refused(DeskContext.refusal(t), t);
      }
      if (!t.status().isActive()) {
        return DeskResult.refused(t.id() + " is already " + t.status().name().toLowerCase(java.util.Locale.ROOT) + ".", t);
      }
      Step step = decide.apply(t);
      if (step.next() == null) {
        return DeskResult.refused(step.detail(), t);
      }
      Optional<Ticket> stored = store.update(step.next(), desk.event(t, engineer, step.kind(), step.detail()));
      if (stored.isPresent()) {
        Ticket changed = stored.get();
        desk.reschedule(changed);
        desk.refreshSummary(changed);
        return DeskResult.done(after.apply(changed), changed);
      }
    }
    return DeskResult.refused(id + " is changing quickly; please try again.", null);
  }

  private DeskResult move(TicketId id, UserRef engineer, Queue queue, EventKind kind) {
    return change(id, engineer, t -> t.queue().equals(queue.name())
        ? refuse(t.id() + " is already in the " + queue.name() + " queue.")
        : new Step(t.movedTo(queue.name(), queue.tier(), clock.instant()), kind, "from " + t.queue() + " to " + queue.name()),
        t -> {
          desk.tellStaff(t, "Moved to the " + queue.name() + " queue by " + engineer.displayName() + ".");
          Ticket reposted = desk.postToQueue(t).orElse(t);
          desk.notifyRequester(reposted, reposted.id() + " has been passed to the " + queue.name() + " team"
              + (queue.tier() == Tier.THIRD ? " (specialists)" : "") + ". They have the whole conversation.");
          return "Moved " + t.id() + " to " + queue.name() + ".";
        });
  }

  private Queue route(Escalation e) {
    String name = e.topic() == null ? null : settings.routes().get(e.topic());
    if (name == null) {
      name = e.articleQueue();
    }
    return name == null ? settings.queue(settings.defaultQueue()).orElseThrow() : settings.queue(name).orElseGet(() -> settings.queue(settings.defaultQueue()).orElseThrow());
  }

  private Priority priority(Escalation e) {
    if (settings.urgentWords().matcher(e.summary()).find()) {
      return Priority.URGENT;
    }
    return settings.priorityByReason().getOrDefault(e.reason(), Priority.NORMAL);
  }

  private String thirdLineQueues() {
    return String.join(", ", settings.queues().values().stream().filter(q -> q.tier() == Tier.THIRD).map(Queue::name).sorted().toList());
  }

}
