package dev.firstline.core.model;

/** Why the bot decided what it did; adapters may use it for wording, reports use it for counts. */
public enum Reason {
  CONFIDENT_MATCH,
  CHOSEN_FROM_OPTIONS,
  CLOSE_TOPICS,
  LOW_CONFIDENCE,
  ASKED_FOR_PERSON,
  OUTAGE,
  BROKEN_HARDWARE,
  ACCOUNT_COMPROMISE,
  DATA_LEAK,
  ALREADY_TRIED,
  NEEDS_ADMIN,
  NOT_FIXED,
  ARTICLE_REQUIRES_ESCALATION,
  NOT_IT,
  GREETING,
  THANKS,
  FIXED,
  EMPTY,
  RELAYED_TO_TICKET
}
