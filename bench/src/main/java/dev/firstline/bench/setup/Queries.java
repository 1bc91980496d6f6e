package dev.firstline.bench.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The messages of an evaluation file ({@code qid, expected, text}), as people wrote them. */
public final class Queries {

  /** The development set; the same file as {@code ../shared/eval/dev-queries.tsv}. */
  public static final String DEV = "eval/dev-queries.tsv";

  private Queries() {}

  /** The text column of every row after the header. */
  public static List<String> texts(Path file) {
    try {
      List<String> texts = Files.readAllLines(file).stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", 3))
          .filter(cols -> cols.length == 3)
          .map(cols -> cols[2])
          .toList();
      if (texts.isEmpty()) {
        throw new IllegalArgumentException(file + " has no messages (expected the header 'qid<TAB>expected<TAB>text', then rows)");
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages in " + file, e);
    }
  }
}
