package dev.firstline.kb;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Something wrong in a knowledge-base file, with the line it is on (1-based, 0 if none). */
public record Problem(Path file, int line, String message) {

  public Problem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
