package dev.firstline.core.model;

/** What the bot decided to do with a message. */
public enum Decision {
  /** Answer with the best article. */
  ANSWER,
  /** Two topics are close: ask which one the person means. */
  CLARIFY,
  /** Hand the problem to a person (an article may be shown as well). */
  ESCALATE,
  /** No article: not an IT question, small talk, or a follow-up that needs no article. */
  DECLINE
}
