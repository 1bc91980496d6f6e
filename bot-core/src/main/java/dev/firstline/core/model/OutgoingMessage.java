package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A message to post: Markdown text and the buttons under it. */
public record OutgoingMessage(String text, List<Action> actions) {

  public OutgoingMessage {
    requireNonNull(text, "text");
    actions = List.copyOf(actions);
  }

  public static OutgoingMessage text(String text) {
    return new OutgoingMessage(text, List.of());
  }
}
