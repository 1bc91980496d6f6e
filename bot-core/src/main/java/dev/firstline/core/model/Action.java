package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A button under a message: adapters render the label and send the id back when it is pressed.
 * Ids look like {@code claim:HD-42}.
 */
public record Action(String id, String label) {

  public Action {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
  }
}
