package dev.firstline.core;

/**
 * The thresholds of the answer-or-escalate decision, on the knowledge base's confidence scale.
 *
 * @param answer the least confidence to answer with an article
 * @param strong a confidence so high that the article is answered even if the message also
 *     sounds non-IT ("my payslip site shows a certificate warning")
 * @param closeMargin when the runner-up is within this distance of the best, ask which one
 * @param option the least confidence for an article to be offered as a choice or alternative
 * @param itTopic the least confidence that marks a message as IT-related, so that an unanswered
 *     message is escalated rather than declined
 */
public record DecisionPolicy(
    double answer, double strong, double closeMargin, double option, double itTopic) {

  public DecisionPolicy {
    check("answer", answer);
    check("strong", strong);
    check("closeMargin", closeMargin);
    check("option", option);
    check("itTopic", itTopic);
    if (strong < answer) {
      throw new IllegalArgumentException(
          "strong (" + strong + ") must not be below answer (" + answer + ")");
    }
  }

  /** Thresholds measured on the evaluation sets in {@code eval/}. */
  public static DecisionPolicy defaults() {
    return new DecisionPolicy(0.30, 0.55, 0.06, 0.20, 0.15);
  }

  private static void check(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
    }
  }
}
