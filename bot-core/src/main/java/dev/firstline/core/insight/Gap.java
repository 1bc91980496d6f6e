package dev.firstline.core.insight;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One topic the knowledge base lacks: the unanswered questions that share its words.
 *
 * @param words the topic's words as people wrote them, the most shared first: its label
 * @param questions its questions, oldest first
 * @param trend how many came in the earlier and the later half of the report's period
 */
public record Gap(List<String> words, List<Question> questions, Trend trend) {

  /** How many examples a gap shows. */
  public static final int EXAMPLES = 3;

  public Gap {
    words = List.copyOf(words);
    questions = List.copyOf(questions);
    requireNonNull(trend, "trend");
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("a gap has at least one question");
    }
  }

  /** The words, joined: {@code projector, meeting, room}. */
  public String label() {
    return String.join(", ", words);
  }

  /** How many questions it has. */
  public int count() {
    return questions.size();
  }

  /** How many different people asked. */
  public int people() {
    Set<String> askers = new HashSet<>();
    questions.forEach(q -> askers.add(q.asker().platform() + "/" + q.asker().id()));
    return askers.size();
  }

  /** Up to {@link #EXAMPLES} of its questions' texts, newest first, each text once (ignoring case and outer spaces). */
  public List<String> examples() {
    return distinctTexts(EXAMPLES);
  }

  /** Its questions' texts, newest first, each once (ignoring case and outer spaces), at most {@code limit}. */
  public List<String> distinctTexts(int limit) {
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Question q : questions.reversed()) {
      if (texts.size() < limit && seen.add(q.text().strip().toLowerCase(Locale.ROOT))) {
        texts.add(q.text().strip());
      }
    }
    return texts;
  }

  /** How many of its questions got each decision (clarified, escalated, declined), in the decisions' order. */
  public Map<Decision, Integer> decisions() {
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    questions.forEach(q -> counts.merge(q.decision(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }
}
