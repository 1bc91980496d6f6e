package dev.firstline.core.report;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reports as the chat adapters offer them: the service summary for leads, refused politely to
 * everyone else, and the figures of an engineer's queues. Thread-safe; every call reads the store
 * afresh.
 */
public final class Reports {

  static final String NOT_SET_UP = "Reports are not set up on this bot.";
  static final String LEADS_ONLY = "Sorry, service reports are for service desk leads. Your lead can share the figures with you.";

  private final @Nullable Source source;

  /**
   * What a person asking for the summary is told.
   *
   * @param table whether the text is the summary table, to be shown in a fixed-width font (a code
   *     block in chats), or a sentence (a refusal, a period not understood, nothing to report)
   */
  public record Answer(String text, boolean table) {

    public Answer {
      requireNonNull(text, "text");
    }

    /** The text as Markdown: the table in a code block, a sentence as it is. */
    public String markdown() {
      return table ? "```\n" + text + "\n```" : text;
    }
  }

  /** Where the figures come from and who may see them. */
  private record Source(QuestionLog questions, TicketStore tickets, DeskSettings desk, StaffDirectory staff, Clock clock) {}

  private Reports(@Nullable Source source) {
    this.source = source;
  }

  /** Reports on these questions and tickets, for the desk's queues and time zone; {@code staff} tells who is a lead or engineer. */
  public static Reports of(QuestionLog questions, TicketStore tickets, DeskSettings desk, StaffDirectory staff, Clock clock) {
    return new Reports(new Source(requireNonNull(questions, "questions"), requireNonNull(tickets, "tickets"), requireNonNull(desk, "desk"),
        requireNonNull(staff, "staff"), requireNonNull(clock, "clock")));
  }

  /** No reports: asking for one says so, and nobody has queue figures. */
  public static Reports unavailable() {
    return new Reports(null);
  }

  /**
   * The service summary of the period {@code since} names ({@link ReportPeriod#since}; blank for the
   * last 30 days) if {@code person} is a lead, else a polite refusal; a period not understood gets
   * what is accepted.
   */
  public Answer summaryFor(UserRef person, String since) {
    Source s = source;
    if (s == null) {
      return new Answer(NOT_SET_UP, false);
    }
    if (!s.staff().rolesOf(person).contains(Role.LEAD)) {
      return new Answer(LEADS_ONLY, false);
    }
    ZoneId zone = zone(s);
    ReportPeriod period;
    try {
      period = ReportPeriod.since(since, s.clock().instant(), zone);
    } catch (IllegalArgumentException e) {
      return new Answer(e.getMessage() + ".", false);
    }
    ServiceReport report = ServiceReports.read(s.questions(), s.tickets(), period, zone);
    return new Answer(ReportText.summary(report, zone), !report.empty());
  }

  /**
   * The figures of every queue of the person's lines (2nd-line engineers see the 2nd-line queues,
   * and so on), by name; empty for people who work no line.
   */
  public List<QueueFigures> queuesOf(UserRef person) {
    Source s = source;
    if (s == null) {
      return List.of();
    }
    Set<Role> roles = s.staff().rolesOf(person);
    Set<Tier> lines = EnumSet.noneOf(Tier.class);
    if (roles.contains(Role.SECOND_LINE)) {
      lines.add(Tier.SECOND);
    }
    if (roles.contains(Role.THIRD_LINE)) {
      lines.add(Tier.THIRD);
    }
    Instant now = s.clock().instant();
    return s.desk().queues().values().stream().filter(q -> lines.contains(q.tier())).sorted(Comparator.comparing(Queue::name))
        .map(q -> QueueFigures.read(s.tickets(), q.name(), q.tier(), now, zone(s))).toList();
  }

  private static ZoneId zone(Source s) {
    return s.desk().sla().calendar().zone();
  }
}
