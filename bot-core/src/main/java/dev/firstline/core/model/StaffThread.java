package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/** Where staff work on a ticket: the summary message in the queue's channel and the thread under it. */
public record StaffThread(MessageRef summary, ConversationRef thread) {

  public StaffThread {
    requireNonNull(summary, "summary");
    requireNonNull(thread, "thread");
  }
}
