package dev.firstline.kb;

import dev.firstline.core.model.Article;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one article file: YAML front matter between {@code ---} lines, then a Markdown body. Every
 * problem is reported with its line; an article with any problem is not returned.
 */
final class ArticleParser {

  static final Set<String> KEYS = Set.of("id", "title", "tags", "questions", "queue", "escalate", "redirect", "owner", "updated");
  private static final int MAX_BYTES = 256 * 1024;

  private final Settings settings;

  ArticleParser(Settings settings) {
    this.settings = settings;
  }

  Optional<Article> parse(Path file, String content, List<Problem> problems) {
    int before = problems.size();
    if (content.length() > MAX_BYTES) {
      problems.add(new Problem(file, 0, "file is larger than " + MAX_BYTES / 1024 + " KB"));
      return Optional.empty();
    }
    String text = content.replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
    if (!text.startsWith("---\n")) {
      problems.add(new Problem(file, 1, "an article must start with a '---' line, then its YAML front matter"));
      return Optional.empty();
    }
    int end = text.indexOf("\n---", 3);
    while (end >= 0 && !(end + 4 == text.length() || text.charAt(end + 4) == '\n')) {
      end = text.indexOf("\n---", end + 4);
    }
    if (end < 0) {
      problems.add(new Problem(file, 1, "front matter is not closed: add a '---' line after it"));
      return Optional.empty();
    }
    String yaml = text.substring(4, end + 1);
    int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
    String body = end + 4 >= text.length() ? "" : text.substring(end + 5);
    Map<String, Node> fields = frontMatter(file, yaml, problems);
    if (fields == null) {
      return Optional.empty();
    }
    String id = requiredText(file, fields, "id", problems);
    if (id != null && !id.matches(Article.ID_FORMAT)) {
      problems.add(at(file, fields.get("id"), "id '" + id + "' must be lower-case words joined by '-', like vpn-connect"));
    }
    String expectedId = file.getFileName().toString().replaceFirst("\\.md$", "");
    if (id != null && !id.equals(expectedId)) {
      problems.add(at(file, fields.get("id"), "id '" + id + "' must match the file name '" + expectedId + ".md'"));
    }
    String title = requiredText(file, fields, "title", problems);
    List<String> tags = list(file, fields, "tags", problems);
    List<String> questions = list(file, fields, "questions", problems);
    String queue = requiredText(file, fields, "queue", problems);
    if (queue != null && !queue.matches(Article.ID_FORMAT)) {
      problems.add(at(file, fields.get("queue"), "queue '" + queue + "' must be lower-case words joined by '-'"));
    }
    boolean escalate = bool(file, fields, "escalate", problems);
    boolean redirect = bool(file, fields, "redirect", problems);
    if (escalate && redirect) {
      problems.add(at(file, fields.get("redirect"), "an article cannot have both escalate: true and redirect: true"));
    }
    String owner = requiredText(file, fields, "owner", problems);
    LocalDate updated = date(file, fields, "updated", problems);
    if (body.isBlank()) {
      problems.add(new Problem(file, bodyLine, "the article has no body: add the steps after the front matter"));
    }
    String filledBody = settings.fill(body, file, bodyLine, problems);
    String filledTitle = title == null ? null : settings.fill(title, file, line(fields.get("title")), problems);
    List<String> filledQuestions = questions.stream().map(q -> settings.fill(q, file, line(fields.get("questions")), problems)).toList();
    if (problems.size() > before || id == null || filledTitle == null || queue == null || owner == null || updated == null) {
      return Optional.empty();
    }
    return Optional.of(new Article(id, filledTitle, tags, filledQuestions, queue, escalate, redirect, owner, updated, filledBody));
  }

  private static @Nullable Map<String, Node> frontMatter(Path file, String yaml, List<Problem> problems) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
      problems.add(new Problem(file, line, "invalid YAML in front matter: " + e.getProblem()));
      return null;
    } catch (RuntimeException e) {
      problems.add(new Problem(file, 2, "invalid YAML in front matter: " + e.getMessage()));
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(new Problem(file, 2, "front matter must be a map of key: value"));
      return null;
    }
    Map<String, Node> fields = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
      if (!KEYS.contains(key)) {
        problems.add(at(file, keyNode, "unknown key '" + key + "'; allowed keys are " + String.join(", ", KEYS.stream().sorted().toList())));
      } else if (fields.put(key, tuple.getValueNode()) != null) {
        problems.add(at(file, keyNode, "key '" + key + "' appears twice"));
      }
    }
    return fields;
  }

  private static @Nullable String requiredText(Path file, Map<String, Node> fields, String key, List<Problem> problems) {
    Node node = fields.get(key);
    if (node == null) {
      problems.add(new Problem(file, 2, "missing required key '" + key + "'"));
      return null;
    }
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      problems.add(at(file, node, "'" + key + "' must be a non-empty text"));
      return null;
    }
    return scalar.getValue().strip();
  }

  private static List<String> list(Path file, Map<String, Node> fields, String key, List<Problem> problems) {
    Node node = fields.get(key);
    if (node == null) {
      problems.add(new Problem(file, 2, "missing required key '" + key + "' (a list, may be [])"));
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      problems.add(at(file, node, "'" + key + "' must be a list like [a, b] or lines starting with '- '"));
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
        values.add(s.getValue().strip());
      } else {
        problems.add(at(file, item, "each entry of '" + key + "' must be a non-empty text"));
      }
    }
    return values;
  }

  private static boolean bool(Path file, Map<String, Node> fields, String key, List<Problem> problems) {
    Node node = fields.get(key);
    if (node == null) {
      return false;
    }
    String value = node instanceof ScalarNode s ? s.getValue() : "";
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(at(file, node, "'" + key + "' must be true or false but was '" + value + "'"));
        yield false;
      }
    };
  }

  private static @Nullable LocalDate date(Path file, Map<String, Node> fields, String key, List<Problem> problems) {
    String text = requiredText(file, fields, key, problems);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(at(file, fields.get(key), "'" + key + "' must be a date like 2026-11-22 but was '" + text + "'"));
      return null;
    }
  }

  /** The file line of a front-matter node: YAML line 0 is file line 2, after the opening '---'. */
  private static int line(@Nullable Node node) {
    return node == null ? 2 : node.getStartMark().getLine() + 2;
  }

  private static Problem at(Path file, @Nullable Node node, String message) {
    return new Problem(file, line(node), message);
  }
}
