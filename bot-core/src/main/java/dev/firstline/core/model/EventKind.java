package dev.firstline.core.model;

/** What happened to a ticket, as written to its history and audit log. */
public enum EventKind {
  OPENED,
  CLAIMED,
  UNCLAIMED,
  TRANSFERRED,
  ESCALATED_TO_THIRD_LINE,
  REQUESTER_MESSAGE,
  STAFF_MESSAGE,
  INTERNAL_NOTE,
  ASKED_REQUESTER,
  RESOLVED,
  SATISFACTION,
  REOPENED,
  CLOSED,
  SLA_WARNING,
  SLA_BREACH,
  REFUSED
}
