package dev.firstline.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** One generated article, ready to be written as a Markdown file with YAML front matter. */
public record GeneratedArticle(
    String id, String title, List<String> tags, List<String> questions, String queue, LocalDate updated, String body) {

  /** The whole file: front matter in the starter articles' layout, then the body. */
  public String markdown() {
    return "---\n"
        + "id: " + id + "\n"
        + "title: " + quoted(title) + "\n"
        + "tags: [" + tags.stream().map(GeneratedArticle::quoted).collect(Collectors.joining(", ")) + "]\n"
        + "questions:\n"
        + questions.stream().map(q -> "  - " + quoted(q) + "\n").collect(Collectors.joining())
        + "queue: " + queue + "\n"
        + "escalate: false\n"
        + "owner: service-desk\n"
        + "updated: " + updated + "\n"
        + "---\n"
        + body;
  }

  /** A YAML double-quoted scalar, so colons, quotes and braces in the text stay text. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
