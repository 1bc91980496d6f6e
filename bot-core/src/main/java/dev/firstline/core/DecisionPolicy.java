package dev.firstline.core;

/**
 * The thresholds of the answer-or-escalate decision, on the knowledge base's confidence scale.
 *
 * @param answer the least confidence to answer with an article
 * @param strong a confidence so high that the article is answered even if the message also
 *     sounds non-IT ("my payslip site shows a certificate warning")
 * @param closeMargin when the runner-up is within this distance of the best, ask which one
 * @param clarify below {@code answer} but at least this: not sure enough to answer, so offer the
 *     best articles as choices instead of escalating
 * @param option the least confidence for an article to be offered as a choice or alternative
 * @param itTopic the least confidence that marks a message as IT-related, so that an unanswered
 *     message is escalated rather than declined
 */
public record DecisionPolicy(
    double answer, double strong, double closeMargin, double clarify, double option, double itTopic) {

  public DecisionPolicy {
    check("answer", answer);
    check("strong", strong);
    check("closeMargin", closeMargin);
    check("clarify", clarify);
    check("option", option);
    check("itTopic", itTopic);
    if (clarify > answer) {
      throw new IllegalArgumentException("clarify (" + clarify + ") must not be above answer (" + answer + ")");
    }
    if (strong < answer) {
      throw new IllegalArgumentException(
          "strong (" + strong + ") must not be below answer (" + answer + ")");
    }
  }

  /** Thresholds measured on both evaluation sets in {@code eval/} with hybrid search. */
  public static DecisionPolicy defaults() {
    return new DecisionPolicy(0.28, 0.45, 0.02, 0.25, 0.20, 0.15);
  }

  private static void check(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
    }
  }
}
