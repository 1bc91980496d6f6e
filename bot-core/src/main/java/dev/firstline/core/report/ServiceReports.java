package dev.firstline.core.report;

import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Question;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import java.time.ZoneId;
import java.util.List;

/**
 * Computes a {@link ServiceReport}: question figures from the questions asked in the period, ticket
 * figures from the tickets opened in it and their history up to its end.
 */
public final class ServiceReports {

  /** The longest period whose trend is shown per day; longer ones are shown per week. */
  static final int MAX_DAILY_DAYS = 62;

  private ServiceReports() {}

  /** Reads the period's questions and tickets (with their histories) and computes their report; days are cut in {@code zone}. */
  public static ServiceReport read(QuestionLog questions, TicketStore tickets, ReportPeriod period, ZoneId zone) {
    List<Question> asked = questions.since(period.from()).stream().filter(q -> period.contains(q.at())).toList();
    List<TicketHistory> opened = tickets.all().stream().filter(t -> period.contains(t.openedAt()))
        .map(t -> TicketHistory.until(t, tickets.history(t.id()), period.to())).toList();
    return compute(asked, opened, period, zone);
  }

  static ServiceReport compute(List<Question> questions, List<TicketHistory> tickets, ReportPeriod period, ZoneId zone) {
    QuestionFigures asked = new QuestionFigures(questions);
    TicketFigures opened = new TicketFigures(tickets);
    return new ServiceReport(
        period,
        asked.deflection(),
        asked.answersByTopic(),
        opened.escalations(),
        opened.timeTo(EventKind.CLAIMED),
        opened.timeTo(EventKind.RESOLVED),
        opened.slaByTier(),
        opened.reopened(),
        opened.satisfaction(),
        Trends.of(period, zone, asked.it(), tickets));
  }
}
