package dev.firstline.core.model;

/** Why a ticket needs attention at a given time. */
public enum TimerKind {
  CLAIM_WARNING,
  CLAIM_BREACH,
  RESOLVE_WARNING,
  RESOLVE_BREACH,
  AUTO_CLOSE,
  /** The ticket could not be posted to its queue's channel yet: try again. */
  STAFF_POST
}
