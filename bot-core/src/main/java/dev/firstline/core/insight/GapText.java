package dev.firstline.core.insight;

import dev.firstline.core.model.Decision;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The gap report as text for any chat or terminal: a numbered block per topic, the biggest first. */
public final class GapText {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private GapText() {}

  /** The report's first {@code limit} topics, each with its counts, reasons, trend and examples. */
  public static String of(GapReport report, int limit) {
    String period = WHEN.format(report.from()) + " to " + WHEN.format(report.to()) + " UTC";
    if (report.unanswered() == 0) {
      return "No unanswered questions from " + period + ".";
    }
    StringBuilder text = new StringBuilder("Unanswered questions from " + period + ": " + report.unanswered() + ", in "
        + report.gaps().size() + " topic(s), the biggest first.\n");
    for (int i = 0; i < Math.min(limit, report.gaps().size()); i++) {
      Gap gap = report.gaps().get(i);
      text.append(String.format(Locale.ROOT, "%n%2d. %s: %d question(s) from %d %s; %s; %s%n",
          i + 1, gap.label(), gap.count(), gap.people(), gap.people() == 1 ? "person" : "people", decisions(gap.decisions()), trend(gap)));
      gap.examples().forEach(example -> text.append("      \"").append(example).append("\"\n"));
    }
    int hidden = report.gaps().size() - Math.min(limit, report.gaps().size());
    if (hidden > 0) {
      text.append("\n").append(hidden).append(" smaller topic(s) not shown.\n");
    }
    int grouped = report.gaps().stream().mapToInt(Gap::count).sum();
    if (grouped < report.unanswered()) {
      text.append("\n").append(report.unanswered() - grouped).append(" question(s) had no topic words (such as \"help\") and are in no topic.\n");
    }
    return text.toString().stripTrailing();
  }

  private static String decisions(Map<Decision, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + switch (e.getKey()) {
          case CLARIFY -> "asked which topic";
          case ESCALATE -> "escalated";
          case DECLINE -> "declined";
          case ANSWER -> "answered";
        })
        .collect(Collectors.joining(", "));
  }

  private static String trend(Gap gap) {
    return "first half " + gap.trend().earlier() + ", second half " + gap.trend().later() + " (" + gap.trend().direction().name().toLowerCase(Locale.ROOT) + ")";
  }
}
