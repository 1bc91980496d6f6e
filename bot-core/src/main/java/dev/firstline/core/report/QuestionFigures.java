package dev.firstline.core.report;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The question figures of a report: deflection and answers by topic (see {@link ServiceReport.Deflection}). */
final class QuestionFigures {

  private final List<Question> questions;
  private final List<Question> it;

  QuestionFigures(List<Question> questions) {
    this.questions = List.copyOf(questions);
    Set<Question> chosenFrom = choicesFollowedByAChoice(this.questions);
    this.it = this.questions.stream().filter(q -> q.decision() != Decision.DECLINE && !chosenFrom.contains(q)).toList();
  }

  /** Answered from the knowledge base, with no ticket and no "still broken" afterwards. */
  static boolean deflected(Question q) {
    return q.decision() == Decision.ANSWER && q.ticket() == null && (q.followUp() == FollowUp.NO_REPLY || q.followUp() == FollowUp.FIXED);
  }

  /** The questions about IT, each counted once. */
  List<Question> it() {
    return it;
  }

  ServiceReport.Deflection deflection() {
    long notIt = questions.stream().filter(q -> q.decision() == Decision.DECLINE).count();
    long deflected = it.stream().filter(QuestionFigures::deflected).count();
    long fixed = it.stream().filter(q -> deflected(q) && q.followUp() == FollowUp.FIXED).count();
    return new ServiceReport.Deflection(questions.size(), notIt, questions.size() - notIt - it.size(), new Share(deflected, it.size()), fixed);
  }

  /** Article id to how often it was the answer, most answered first, then by id. */
  Map<String, Long> answersByTopic() {
    Map<String, Long> counts = questions.stream().filter(q -> q.decision() == Decision.ANSWER && q.article() != null)
        .collect(Collectors.groupingBy(Question::article, Collectors.counting()));
    return Ordered.mostFirst(counts);
  }

  /**
   * The questions answered with numbered choices where the same person then chose one: the bot
   * logs the answer to the choice as a question in the same words, at or after the choices.
   */
  private static Set<Question> choicesFollowedByAChoice(List<Question> questions) {
    Function<Question, String> key = q -> q.asker().platform() + ":" + q.asker().id() + "\n" + q.text();
    Map<String, List<Instant>> choices = new HashMap<>();
    questions.stream().filter(q -> q.reason() == Reason.CHOSEN_FROM_OPTIONS)
        .forEach(q -> choices.computeIfAbsent(key.apply(q), k -> new ArrayList<>()).add(q.at()));
    Set<Question> chosenFrom = Collections.newSetFromMap(new IdentityHashMap<>());
    questions.stream().filter(q -> q.decision() == Decision.CLARIFY)
        .filter(q -> choices.getOrDefault(key.apply(q), List.of()).stream().anyMatch(at -> !at.isBefore(q.at())))
        .forEach(chosenFrom::add);
    return chosenFrom;
  }
}
