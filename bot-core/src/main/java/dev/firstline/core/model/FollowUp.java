package dev.firstline.core.model;

/** What happened after the bot replied to a question, as far as the bot could tell. */
public enum FollowUp {
  /** Nothing yet: the person did not say whether it helped. */
  NO_REPLY,
  /** The person said the answer fixed it. */
  FIXED,
  /** The person said the answer did not fix it (a ticket usually follows). */
  NOT_FIXED,
  /** The question went to a person: escalated at once, or the person asked for one after the answer. */
  ESCALATED
}
