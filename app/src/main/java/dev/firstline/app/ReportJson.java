package dev.firstline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firstline.core.report.DurationSummary;
import dev.firstline.core.report.ServiceReport;
import dev.firstline.core.report.Share;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report as JSON for scripts: counts as numbers, rates as fractions (null when there is nothing to
 * take a rate of), durations in seconds, days as ISO dates.
 */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(ServiceReport r) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("from", r.period().from().toString());
    node.put("to", r.period().to().toString());
    ServiceReport.Deflection d = r.deflection();
    node.putObject("questions").put("total", d.questions()).put("notIt", d.notIt()).put("choicesOffered", d.choicesOffered())
        .put("it", d.itQuestions()).put("deflected", d.deflected().part()).put("confirmedFixed", d.confirmedFixed())
        .put("deflectionRate", rate(d.deflected()));
    counts(node.putObject("answersByTopic"), r.answersByTopic());
    ObjectNode escalations = node.putObject("escalations").put("tickets", r.escalations().tickets());
    counts(escalations.putObject("byQueue"), r.escalations().byQueue());
    counts(escalations.putObject("byPriority"), r.escalations().byPriority());
    counts(escalations.putObject("byTier"), r.escalations().byTier());
    durations(node.putObject("timeToClaim"), r.timeToClaim());
    durations(node.putObject("timeToResolve"), r.timeToResolve());
    ObjectNode sla = node.putObject("slaMetByTier");
    r.slaByTier().forEach((tier, share) -> sla.putObject(key(tier)).put("tickets", share.whole()).put("met", share.part()).put("rate", rate(share)));
    node.putObject("reopened").put("resolved", r.reopened().whole()).put("reopened", r.reopened().part()).put("rate", rate(r.reopened()));
    ServiceReport.Satisfaction s = r.satisfaction();
    ObjectNode satisfaction = node.putObject("satisfaction").put("ratings", s.count()).put("mean", s.count() == 0 ? null : s.mean());
    ObjectNode byScore = satisfaction.putObject("byScore");
    for (int score = 1; score <= 5; score++) {
      byScore.put(String.valueOf(score), s.byScore().get(score - 1));
    }
    ObjectNode trend = node.putObject("trend").put("per", r.trend().unit() == ChronoUnit.WEEKS ? "week" : "day");
    r.trend().points().forEach(p -> trend.withArray("points").addObject().put("start", p.start().toString()).put("itQuestions", p.questions())
        .put("deflected", p.deflected()).put("escalations", p.escalations()));
    return node;
  }

  private static void counts(ObjectNode node, Map<?, Long> counts) {
    counts.forEach((k, v) -> node.put(key(k), v));
  }

  private static String key(Object k) {
    return k instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : k.toString();
  }

  private static void durations(ObjectNode node, DurationSummary s) {
    node.put("count", s.count()).put("medianSeconds", seconds(s.median())).put("p90Seconds", seconds(s.p90()));
  }

  private static @Nullable Long seconds(@Nullable Duration d) {
    return d == null ? null : d.toSeconds();
  }

  private static @Nullable Double rate(Share s) {
    return s.empty() ? null : Math.round(s.fraction() * 10_000) / 10_000.0;
  }
}
