package dev.firstline.core.insight;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How one article's answers went: times shown as an answer and what people did next. An article
 * is flagged for review when, among the answers people replied to, most led to "not fixed" or a
 * person, and at least {@link #MIN_REPLIES} people replied.
 *
 * @param shown answers with this article
 * @param fixed answers followed by "that fixed it"
 * @param notFixed answers followed by "still not working"
 * @param escalated answers followed by a request for a person
 * @param noReply answers nobody replied to
 */
public record ArticleFeedback(String article, int shown, int fixed, int notFixed, int escalated, int noReply) {

  /** Fewer replies than this say too little to flag an article. */
  public static final int MIN_REPLIES = 5;

  public ArticleFeedback {
    requireNonNull(article, "article");
  }

  /** Feedback for every article answered in {@code questions}: most shown first, then by id. */
  public static List<ArticleFeedback> of(List<Question> questions) {
    Map<String, List<Question>> byArticle =
        questions.stream()
            .filter(q -> q.decision() == Decision.ANSWER && q.article() != null)
            .collect(Collectors.groupingBy(Question::article, LinkedHashMap::new, Collectors.toList()));
    return byArticle.entrySet().stream()
        .map(e -> tally(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(ArticleFeedback::shown).reversed().thenComparing(ArticleFeedback::article))
        .toList();
  }

  private static ArticleFeedback tally(String article, List<Question> answers) {
    Map<FollowUp, Long> counts = answers.stream().collect(Collectors.groupingBy(Question::followUp, Collectors.counting()));
    return new ArticleFeedback(
        article,
        answers.size(),
        counts.getOrDefault(FollowUp.FIXED, 0L).intValue(),
        counts.getOrDefault(FollowUp.NOT_FIXED, 0L).intValue(),
        counts.getOrDefault(FollowUp.ESCALATED, 0L).intValue(),
        counts.getOrDefault(FollowUp.NO_REPLY, 0L).intValue());
  }

  /** Share of answers that fixed the problem, 0 to 1 (0 when never shown). */
  public double fixRate() {
    return shown == 0 ? 0 : (double) fixed / shown;
  }

  /** Share of answers that ended with a person ("not fixed" or asked for one), 0 to 1. */
  public double escalationRate() {
    return shown == 0 ? 0 : (double) (notFixed + escalated) / shown;
  }

  /** Whether most people who replied said it failed them, with enough replies to tell. */
  public boolean flagged() {
    int replies = fixed + notFixed + escalated;
    return replies >= MIN_REPLIES && (notFixed + escalated) * 2 > replies;
  }

  /** A table for knowledge managers: one line per article, flagged ones marked, with a legend. */
  public static String table(List<ArticleFeedback> feedback) {
    if (feedback.isEmpty()) {
      return "No answers in this period yet.";
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-28s %6s %6s %9s  %s%n", "article", "shown", "fixed", "to person", "review"));
    for (ArticleFeedback f : feedback) {
      text.append(String.format(Locale.ROOT, "%-28s %6d %5.0f%% %8.0f%%  %s%n",
          f.article(), f.shown(), 100 * f.fixRate(), 100 * f.escalationRate(), f.flagged() ? "FLAGGED: mostly fails" : ""));
    }
    long flagged = feedback.stream().filter(ArticleFeedback::flagged).count();
    text.append(flagged == 0
        ? "No article is flagged."
        : flagged + " article(s) flagged: most people who replied said it did not fix their problem (at least " + MIN_REPLIES + " replies).");
    return text.toString();
  }
}
