package dev.firstline.core.report;

import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a report, the same in the terminal and in every chat: a plain-text table meant for a
 * fixed-width font (chats show it as a code block) and one line per queue for engineers.
 */
public final class ReportText {

  /** How many topics the summary lists by name; the rest are added up in one line. */
  static final int TOPICS = 10;

  private static final String ROW = "%-17s %s%n";

  private ReportText() {}

  /** The whole report as a table; days are told in {@code zone}. */
  public static String summary(ServiceReport r, ZoneId zone) {
    String period = period(r.period(), zone);
    if (r.empty()) {
      return "Nothing to report for " + period + " yet: no questions and no tickets.";
    }
    StringBuilder t = new StringBuilder("Service report, " + period + "\n\n");
    ServiceReport.Deflection d = r.deflection();
    row(t, "Questions", d.questions() + " (" + d.notIt() + " not about IT" + (d.choicesOffered() == 0 ? "" : ", " + d.choicesOffered()
        + " choice offered and taken, counted once") + ")");
    row(t, "Deflected", d.deflected().part() + " of " + d.itQuestions() + " IT questions: " + d.deflected().percent() + " without a person ("
        + d.confirmedFixed() + " confirmed fixed)");
    row(t, "Answers by topic", r.answersByTopic().isEmpty() ? "none" : "");
    topics(t, r.answersByTopic());
    ServiceReport.Escalations e = r.escalations();
    row(t, "Escalations", e.tickets() + " tickets");
    row(t, "  by queue", e.byQueue().isEmpty() ? "-" : counts(e.byQueue()));
    row(t, "  by priority", e.byPriority().entrySet().stream().map(p -> priority(p.getKey()) + " " + p.getValue()).collect(Collectors.joining(", ")));
    row(t, "  by line", e.byTier().entrySet().stream().map(x -> line(x.getKey()) + " " + x.getValue()).collect(Collectors.joining(", "))
        + (e.byTier().get(Tier.THIRD) > 0 ? " (moved to the 3rd line: counted in both)" : ""));
    row(t, "Time to claim", durations(r.timeToClaim(), "claimed"));
    row(t, "Time to resolve", durations(r.timeToResolve(), "resolved"));
    row(t, "SLA met", r.slaByTier().entrySet().stream().map(x -> line(x.getKey()) + " line " + share(x.getValue())).collect(Collectors.joining(", ")));
    row(t, "Reopened", r.reopened().empty() ? "- (nothing resolved yet)" : r.reopened().percent() + " (" + r.reopened().part() + " of "
        + r.reopened().whole() + " resolved)");
    row(t, "Satisfaction", satisfaction(r.satisfaction()));
    t.append("\nTickets opened in the period, as they stand now; durations are wall-clock time.");
    return t.toString();
  }

  /** One queue's figures on one line, for an engineer's home or status. */
  public static String queue(QueueFigures q) {
    DurationSummary claims = q.timeToClaim();
    return q.queue() + " (" + line(q.tier()) + " line): " + q.open() + " open, " + q.unclaimed() + " unclaimed, " + q.breachesToday()
        + " SLA " + (q.breachesToday() == 1 ? "breach" : "breaches") + " today, "
        + (claims.count() == 0
            ? "no claims in the past " + QueueFigures.WEEK_DAYS + " days"
            : "median time to claim " + duration(claims.median()) + " over the past " + QueueFigures.WEEK_DAYS + " days (" + claims.count()
                + (claims.count() == 1 ? " claim)" : " claims)"));
  }

  /** A duration as a person reads it: "40 s", "25 min", "3 h 10 min", "2 d 4 h". */
  public static String duration(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 24 * 60) {
      return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    long hours = d.toHours();
    return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
  }

  /** "2026-10-03 14:00 to 2026-11-02 14:00 UTC (30 days)": the period's ends in {@code zone}, and its length. */
  public static String period(ReportPeriod p, ZoneId zone) {
    DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    long hours = (p.length().toMinutes() + 30) / 60;
    String length = hours < 48 ? plural(hours, "hour") : plural(Math.round(hours / 24.0), "day");
    return minute.format(p.from()) + " to " + minute.format(p.to()) + " " + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId()) + " (" + length + ")";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static void row(StringBuilder t, String label, String value) {
    t.append(String.format(Locale.ROOT, ROW, label, value).stripTrailing()).append('\n');
  }

  private static void topics(StringBuilder t, Map<String, Long> byTopic) {
    byTopic.entrySet().stream().limit(TOPICS).forEach(e -> row(t, "  " + e.getKey(), String.valueOf(e.getValue())));
    if (byTopic.size() > TOPICS) {
      long rest = byTopic.values().stream().skip(TOPICS).mapToLong(Long::longValue).sum();
      row(t, "  " + (byTopic.size() - TOPICS) + " more topics", String.valueOf(rest));
    }
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String durations(DurationSummary s, String what) {
    if (s.count() == 0) {
      return "- (none " + what + " yet)";
    }
    return "median " + duration(s.median()) + ", 90th percentile " + duration(s.p90()) + " (" + s.count() + " " + what + ")";
  }

  private static String share(Share s) {
    return s.empty() ? "- (no tickets)" : s.percent() + " (" + s.part() + " of " + s.whole() + ")";
  }

  private static String satisfaction(ServiceReport.Satisfaction s) {
    if (s.count() == 0) {
      return "- (no ratings yet)";
    }
    List<Long> by = s.byScore();
    return String.format(Locale.ROOT, "%.1f of 5 from %d %s (1: %d, 2: %d, 3: %d, 4: %d, 5: %d)", s.mean(), s.count(),
        s.count() == 1 ? "rating" : "ratings", by.get(0), by.get(1), by.get(2), by.get(3), by.get(4));
  }

  private static String priority(Priority p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static String line(Tier tier) {
    return tier == Tier.SECOND ? "2nd" : "3rd";
  }
}
