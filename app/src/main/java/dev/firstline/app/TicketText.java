package dev.firstline.app;

import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Tickets as plain text for the terminal: a table of many, or one with its history. */
final class TicketText {

  private static final String ROW = "%-8s %-20s %-16s %-4s %-7s %-14s %-16s %s%n";
  private static final int SUMMARY_CHARS = 60;

  private final DateTimeFormatter when;

  TicketText(ZoneId zone) {
    this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
  }

  /** One line per ticket under a header. */
  String table(List<Ticket> tickets) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, ROW, "ID", "STATUS", "QUEUE", "TIER", "PRIO", "ASSIGNEE", "OPENED", "SUMMARY"));
    for (Ticket t : tickets) {
      String summary = t.summary().length() > SUMMARY_CHARS ? t.summary().substring(0, SUMMARY_CHARS - 1) + "…" : t.summary();
      text.append(String.format(Locale.ROOT, ROW, t.id(), lower(t.status()), t.queue(), tier(t.tier()), lower(t.priority()),
          name(t.assignee()), when.format(t.openedAt()), summary.replace('\n', ' ')));
    }
    return text.toString().stripTrailing();
  }

  /** Every field of the ticket, then the history given (already filtered for whoever is looking). */
  String details(Ticket t, List<TicketEvent> history) {
    StringBuilder text = new StringBuilder();
    text.append(t.id()).append(" · ").append(lower(t.status())).append(" · ").append(t.queue()).append(" (").append(tier(t.tier()))
        .append(" line) · ").append(lower(t.priority())).append(" priority\n");
    field(text, "Summary", t.summary());
    field(text, "Requester", t.requester().displayName() + " (" + t.requester().platform() + ":" + t.requester().id() + ")");
    field(text, "Assignee", name(t.assignee()));
    field(text, "Why escalated", lower(t.reason()));
    field(text, "Topic", t.topic());
    field(text, "Articles shown", t.articlesShown().isEmpty() ? null : String.join(", ", t.articlesShown()));
    field(text, "Opened", time(t.openedAt()));
    field(text, "Updated", time(t.updatedAt()));
    field(text, "Resolved", time(t.resolvedAt()));
    field(text, "Resolution", t.resolution());
    field(text, "Satisfaction", t.satisfaction() == null ? null : t.satisfaction() + " of 5");
    if (!t.transcript().isEmpty()) {
      text.append("Transcript:\n");
      t.transcript().forEach(line -> text.append("  > ").append(line).append('\n'));
    }
    text.append("History:\n");
    for (TicketEvent e : history) {
      text.append("  ").append(time(e.at())).append("  ").append(e.actor() == null ? "bot" : e.actor().displayName()).append("  ")
          .append(lower(e.kind())).append(e.staffOnly() ? " (staff only)" : "").append(e.detail().isBlank() ? "" : ": " + e.detail()).append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static void field(StringBuilder text, String label, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      text.append(label).append(": ").append(value).append('\n');
    }
  }

  private @Nullable String time(@Nullable Instant at) {
    return at == null ? null : when.format(at);
  }

  private static String name(@Nullable UserRef person) {
    return person == null ? "-" : person.displayName();
  }

  private static String tier(Tier tier) {
    return tier == Tier.SECOND ? "2nd" : "3rd";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
