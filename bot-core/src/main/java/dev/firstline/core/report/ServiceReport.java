package dev.firstline.core.report;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Tier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A service desk's figures over a period, as {@link ServiceReports} computes them. Ticket figures
 * are about the tickets opened in the period, with what happened to them before its end.
 *
 * @param answersByTopic how often each article was the answer, most answered first
 * @param timeToClaim from a ticket's opening to its first claim
 * @param timeToResolve from a ticket's opening to its first resolution
 * @param slaByTier per line, the tickets that were in it (part: those that never breached an SLA
 *     target while in it)
 * @param reopened tickets resolved (whole) and reopened afterwards (part)
 */
public record ServiceReport(
    ReportPeriod period,
    Deflection deflection,
    Map<String, Long> answersByTopic,
    Escalations escalations,
    DurationSummary timeToClaim,
    DurationSummary timeToResolve,
    Map<Tier, Share> slaByTier,
    Share reopened,
    Satisfaction satisfaction,
    Trend trend) {

  public ServiceReport {
    requireNonNull(period, "period");
    requireNonNull(deflection, "deflection");
    answersByTopic = Ordered.copy(answersByTopic);
    requireNonNull(escalations, "escalations");
    requireNonNull(timeToClaim, "timeToClaim");
    requireNonNull(timeToResolve, "timeToResolve");
    slaByTier = Ordered.copy(slaByTier);
    requireNonNull(reopened, "reopened");
    requireNonNull(satisfaction, "satisfaction");
    requireNonNull(trend, "trend");
  }

  /** Whether the period saw neither a question nor a ticket. */
  public boolean empty() {
    return deflection.questions() == 0 && escalations.tickets() == 0;
  }

  /**
   * How many questions the bot settled without a person.
   *
   * @param questions every question the bot decided on (greetings and thanks are not questions)
   * @param notIt questions it declined as not about IT (with or without pointing elsewhere)
   * @param choicesOffered questions it answered with numbered choices where the person then chose:
   *     the answer to the choice counts instead, so the question is not counted twice
   * @param deflected of the IT questions ({@code questions - notIt - choicesOffered}), those
   *     answered from the knowledge base with no ticket and no "still broken" afterwards; an answer
   *     nobody replied to counts as deflected
   * @param confirmedFixed of the deflected, those where the person said it fixed the problem
   */
  public record Deflection(long questions, long notIt, long choicesOffered, Share deflected, long confirmedFixed) {

    public Deflection {
      requireNonNull(deflected, "deflected");
      if (deflected.whole() != questions - notIt - choicesOffered || confirmedFixed > deflected.part()) {
        throw new IllegalArgumentException("inconsistent deflection counts");
      }
    }

    /** Questions about IT, each counted once. */
    public long itQuestions() {
      return deflected.whole();
    }
  }

  /**
   * The tickets opened in the period, counted three ways.
   *
   * @param byQueue by the queue each ticket is in now
   * @param byTier by line; a ticket escalated from 2nd to 3rd line counts in both, so the lines
   *     may add up to more than {@code tickets}
   */
  public record Escalations(long tickets, Map<String, Long> byQueue, Map<Priority, Long> byPriority, Map<Tier, Long> byTier) {

    public Escalations {
      byQueue = Ordered.copy(byQueue);
      byPriority = Ordered.copy(byPriority);
      byTier = Ordered.copy(byTier);
    }
  }

  /**
   * Requesters' ratings of their tickets (each ticket's latest rating).
   *
   * @param byScore how many ratings of 1, 2, 3, 4 and 5, in that order
   */
  public record Satisfaction(List<Long> byScore) {

    public Satisfaction {
      byScore = List.copyOf(byScore);
      if (byScore.size() != 5) {
        throw new IllegalArgumentException("need five counts, for scores 1 to 5, not " + byScore.size());
      }
    }

    public long count() {
      return byScore.stream().mapToLong(Long::longValue).sum();
    }

    /** The average rating, 1 to 5; NaN without ratings. */
    public double mean() {
      long count = count();
      if (count == 0) {
        return Double.NaN;
      }
      long total = 0;
      for (int score = 1; score <= 5; score++) {
        total += score * byScore.get(score - 1);
      }
      return (double) total / count;
    }
  }

  /**
   * The period cut into days (up to {@value ServiceReports#MAX_DAILY_DAYS} days) or weeks (Monday
   * to Sunday), in the desk's time zone, every one present even when nothing happened in it.
   */
  public record Trend(ChronoUnit unit, List<Point> points) {

    public Trend {
      requireNonNull(unit, "unit");
      points = List.copyOf(points);
    }
  }

  /**
   * One day or week of the trend.
   *
   * @param start its first day
   * @param questions questions the bot decided on
   * @param deflected of those, how many it settled without a person (as in {@link Deflection})
   * @param escalations tickets opened
   */
  public record Point(LocalDate start, long questions, long deflected, long escalations) {

    public Point {
      requireNonNull(start, "start");
    }
  }
}
