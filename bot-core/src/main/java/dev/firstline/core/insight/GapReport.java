package dev.firstline.core.insight;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Question;
import dev.firstline.core.port.TextAnalysis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The questions of a period that got no answer (a clarifying question, an escalation, or a decline
 * without a pointer elsewhere), grouped into topics, the biggest first.
 *
 * @param from the period's start, included
 * @param to the period's end, excluded
 * @param unanswered how many questions got no answer, including those without topic words that
 *     join no gap
 * @param gaps the topics: most questions first, then most people, then the one asked first
 */
public record GapReport(Instant from, Instant to, int unanswered, List<Gap> gaps) {

  public GapReport {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    gaps = List.copyOf(gaps);
  }

  /** The report on the unanswered questions among {@code logged} asked from {@code from} (included) to {@code to} (excluded). */
  public static GapReport of(List<Question> logged, Instant from, Instant to, TextAnalysis analysis) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("the period must end after it starts: " + from + " to " + to);
    }
    List<Question> unanswered = logged.stream()
        .filter(Question::unanswered)
        .filter(q -> !q.at().isBefore(from) && q.at().isBefore(to))
        .sorted(Comparator.comparing(Question::at).thenComparingLong(Question::id))
        .toList();
    Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
    List<Gap> gaps = new ArrayList<>();
    for (Grouping.Group group : Grouping.of(unanswered, analysis)) {
      List<Question> questions = group.questions();
      int earlier = (int) questions.stream().filter(q -> q.at().isBefore(middle)).count();
      gaps.add(new Gap(group.label(), questions, new Trend(earlier, questions.size() - earlier)));
    }
    // stable: among equals, the group started first (asked first) stays first
    gaps.sort(Comparator.comparingInt(Gap::count).thenComparingInt(Gap::people).reversed());
    return new GapReport(from, to, unanswered.size(), gaps);
  }

  /** The gap numbered {@code number} (1 is the biggest), if there is one. */
  public Optional<Gap> gap(int number) {
    return number >= 1 && number <= gaps.size() ? Optional.of(gaps.get(number - 1)) : Optional.empty();
  }
}
