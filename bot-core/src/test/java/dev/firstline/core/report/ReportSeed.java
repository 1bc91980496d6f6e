package dev.firstline.core.report;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Three days of a small service desk, 5 to 7 January 2026 (UTC), with figures worked out by hand
 * (see {@link ServiceReportTest}); one question and one ticket from the day before, outside the
 * period. Seeds any question log and ticket store through their ports, so the in-memory ones and
 * the real database get the same history.
 */
public final class ReportSeed {

  /** The period the figures are for: 2026-01-05 00:00 to 2026-01-08 00:00 UTC. */
  public static final ReportPeriod PERIOD = new ReportPeriod(at("01-05T00:00"), at("01-08T00:00"));
  /** The moment a report "since 2026-01-05" is asked for: late on the period's last day, after all of its events. */
  public static final Instant NOW = at("01-07T23:59");

  static final UserRef ALICE = UserRef.of("local", "alice", "Alice");
  static final UserRef BOB = UserRef.of("local", "bob", "Bob");
  static final UserRef CAROL = UserRef.of("local", "carol", "Carol");
  static final UserRef EVE = UserRef.of("local", "eve", "Eve");
  static final UserRef SAM = UserRef.of("local", "sam", "Sam");

  private ReportSeed() {}

  /** Keeps the questions and opens the tickets; the question log links tickets by their number (HD-1...). */
  public static void seed(QuestionLog questions, TicketStore tickets) {
    questions(questions);
    tickets(tickets);
  }

  private static void questions(QuestionLog log) {
    ask(log, at("01-04T23:59"), ALICE, "old vpn question", Decision.ANSWER, Reason.CONFIDENT_MATCH, "vpn-connect", FollowUp.FIXED, null);
    ask(log, at("01-05T09:00"), ALICE, "vpn will not connect", Decision.ANSWER, Reason.CONFIDENT_MATCH, "vpn-connect", FollowUp.NO_REPLY, null);
    ask(log, at("01-05T10:00"), BOB, "vpn login fails", Decision.ANSWER, Reason.CONFIDENT_MATCH, "vpn-connect", FollowUp.FIXED, null);
    ask(log, at("01-05T11:00"), CAROL, "forgot my password", Decision.ANSWER, Reason.CONFIDENT_MATCH, "password-reset", FollowUp.NOT_FIXED, "HD-2");
    ask(log, at("01-06T09:00"), ALICE, "nobody can print", Decision.ESCALATE, Reason.OUTAGE, null, FollowUp.ESCALATED, "HD-3");
    ask(log, at("01-06T10:00"), BOB, "what is for lunch", Decision.DECLINE, Reason.NOT_IT, null, FollowUp.NO_REPLY, null);
    ask(log, at("01-06T11:00"), BOB, "how do I book leave", Decision.DECLINE, Reason.NOT_IT, "hr-redirect", FollowUp.NO_REPLY, null);
    ask(log, at("01-07T09:00"), BOB, "outlook", Decision.CLARIFY, Reason.CLOSE_TOPICS, null, FollowUp.NO_REPLY, null);
    ask(log, at("01-07T09:01"), BOB, "outlook", Decision.ANSWER, Reason.CHOSEN_FROM_OPTIONS, "outlook-start", FollowUp.NO_REPLY, null);
    ask(log, at("01-07T10:00"), CAROL, "printer", Decision.CLARIFY, Reason.CLOSE_TOPICS, null, FollowUp.NO_REPLY, null);
    ask(log, at("01-07T11:00"), ALICE, "password expired", Decision.ANSWER, Reason.CONFIDENT_MATCH, "password-reset", FollowUp.ESCALATED, "HD-4");
  }

  private static void tickets(TicketStore store) {
    // HD-1, before the period: claimed and resolved, none of it counts
    Ticket old = open(store, "01-04T10:00", "old problem", "network", Tier.SECOND, Priority.NORMAL);
    change(store, old.id(), "01-04T10:05", EventKind.CLAIMED, t -> t.claimedBy(EVE, at("01-04T10:05")));

    // HD-2: claimed after 30 min, resolved after 5 h, reopened, resolved again; rated 4
    Ticket password = open(store, "01-05T11:05", "password reset did not work", "network", Tier.SECOND, Priority.NORMAL);
    change(store, password.id(), "01-05T11:35", EventKind.CLAIMED, t -> t.claimedBy(EVE, at("01-05T11:35")));
    change(store, password.id(), "01-05T16:05", EventKind.RESOLVED, t -> t.resolved("reset it", at("01-05T16:05")));
    change(store, password.id(), "01-06T09:00", EventKind.REOPENED, t -> t.reopened(at("01-06T09:00")));
    change(store, password.id(), "01-06T12:00", EventKind.RESOLVED, t -> t.resolved("reset it again", at("01-06T12:00")));
    change(store, password.id(), "01-06T12:30", EventKind.SATISFACTION, t -> t.rated(4, at("01-06T12:30")));

    // HD-3: breached the claim target on the 2nd line, claimed after 60 min, escalated to the 3rd line
    // (servers), breached there too, resolved after 24 h; rated 2
    Ticket printing = open(store, "01-06T09:00", "nobody can print", "service-desk", Tier.SECOND, Priority.HIGH);
    breach(store, printing.id(), "01-06T09:31");
    change(store, printing.id(), "01-06T10:00", EventKind.CLAIMED, t -> t.claimedBy(EVE, at("01-06T10:00")));
    change(store, printing.id(), "01-06T11:00", EventKind.ESCALATED_TO_THIRD_LINE, t -> t.movedTo("servers", Tier.THIRD, at("01-06T11:00")));
    change(store, printing.id(), "01-06T11:30", EventKind.CLAIMED, t -> t.claimedBy(SAM, at("01-06T11:30")));
    breach(store, printing.id(), "01-07T01:00");
    change(store, printing.id(), "01-07T09:00", EventKind.RESOLVED, t -> t.resolved("print server restarted", at("01-07T09:00")));
    change(store, printing.id(), "01-07T09:10", EventKind.SATISFACTION, t -> t.rated(2, at("01-07T09:10")));

    // HD-4: nobody has claimed it
    open(store, "01-07T11:00", "password expired", "service-desk", Tier.SECOND, Priority.NORMAL);

    // HD-5: straight to the 3rd line, claimed after 10 min, resolved after 2 h 10 min; rated 5; its
    // breach comes after the period
    Ticket disk = open(store, "01-07T12:00", "file server disk full", "servers", Tier.THIRD, Priority.URGENT);
    change(store, disk.id(), "01-07T12:10", EventKind.CLAIMED, t -> t.claimedBy(SAM, at("01-07T12:10")));
    change(store, disk.id(), "01-07T14:10", EventKind.RESOLVED, t -> t.resolved("cleaned up", at("01-07T14:10")));
    change(store, disk.id(), "01-07T14:20", EventKind.SATISFACTION, t -> t.rated(5, at("01-07T14:20")));
    breach(store, disk.id(), "01-08T01:00");
  }

  static Instant at(String monthDayTime) {
    return java.time.LocalDateTime.parse("2026-" + monthDayTime).toInstant(ZoneOffset.UTC);
  }

  private static void ask(QuestionLog log, Instant at, UserRef asker, String text, Decision decision, Reason reason, @Nullable String article,
      FollowUp followUp, @Nullable String ticket) {
    log.record(new Question(0, at, asker, text, decision, reason, article, List.of(), 0.9, followUp, ticket == null ? null : new TicketId(ticket)));
  }

  private static Ticket open(TicketStore store, String when, String summary, String queue, Tier tier, Priority priority) {
    return store.open(new NewTicket(ALICE, ConversationRef.direct("local", "D-alice"), summary, Reason.LOW_CONFIDENCE, queue, tier, priority,
        null, List.of("Alice: " + summary), List.of()), at(when));
  }

  private static void change(TicketStore store, TicketId id, String when, EventKind kind, UnaryOperator<Ticket> change) {
    Ticket now = store.find(id).orElseThrow();
    store.update(change.apply(now), new TicketEvent(id, at(when), null, kind, kind.name().toLowerCase(java.util.Locale.ROOT)))
        .orElseThrow(() -> new IllegalStateException("could not change " + id));
  }

  private static void breach(TicketStore store, TicketId id, String when) {
    store.record(new TicketEvent(id, at(when), null, EventKind.SLA_BREACH, "breach"));
  }
}
