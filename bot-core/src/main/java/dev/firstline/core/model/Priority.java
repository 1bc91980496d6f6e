package dev.firstline.core.model;

/** How urgent a ticket is; it selects the SLA targets. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
