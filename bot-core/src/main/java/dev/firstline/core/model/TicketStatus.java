package dev.firstline.core.model;

/** Where a ticket is in its life. */
public enum TicketStatus {
  OPEN,
  CLAIMED,
  WAITING_ON_REQUESTER,
  RESOLVED,
  CLOSED,
  REOPENED;

  /** Whether someone still has to work on it. */
  public boolean isActive() {
    return this != RESOLVED && this != CLOSED;
  }
}
