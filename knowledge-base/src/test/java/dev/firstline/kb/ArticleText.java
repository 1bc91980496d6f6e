package dev.firstline.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A valid article file as lines, to be broken one line at a time by tests. With the default
 * fields, line 1 is the opening {@code ---}, the keys are on lines 2 to 10, line 11 closes the
 * front matter and the body starts on line 12.
 */
final class ArticleText {

  static final int BODY_LINE = 12;

  private final List<String> lines = new ArrayList<>();

  private ArticleText(String id) {
    lines.addAll(
        List.of(
            "---",
            "id: " + id,
            "title: Connect to the {{vpn_client}} VPN",
            "tags: [vpn, remote access]",
            "questions:",
            "  - my {{vpn_client}} will not connect",
            "queue: network",
            "escalate: false",
            "owner: service-desk",
            "updated: 2026-11-22",
            "---",
            "Open {{vpn_client}} and sign in to {{vpn_portal}}.",
            "",
            "If it still fails, call {{helpdesk_phone}}."));
  }

  static ArticleText valid(String id) {
    return new ArticleText(id);
  }

  /** Replaces the 1-based {@code line}. */
  ArticleText set(int line, String text) {
    lines.set(line - 1, text);
    return this;
  }

  /** Inserts {@code text} so that it becomes the 1-based {@code line}. */
  ArticleText insert(int line, String text) {
    lines.add(line - 1, text);
    return this;
  }

  ArticleText remove(int line) {
    lines.remove(line - 1);
    return this;
  }

  /** Keeps lines 1 to {@code last} only. */
  ArticleText truncate(int last) {
    lines.subList(last, lines.size()).clear();
    return this;
  }

  ArticleText append(String... more) {
    lines.addAll(List.of(more));
    return this;
  }

  @Override
  public String toString() {
    return String.join("\n", lines) + "\n";
  }

  /** Writes the article as {@code dir/<fileName>} and returns its path. */
  Path writeTo(Path dir, String fileName) {
    return write(dir.resolve(fileName), toString());
  }

  static final String SETTINGS =
      """
      vpn_client: GlobalProtect
      vpn_portal: vpn.example.org
      helpdesk_phone: "+44 20 7946 0000"
      """;

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
