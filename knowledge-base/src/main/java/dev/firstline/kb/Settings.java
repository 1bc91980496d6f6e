package dev.firstline.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The organisation's facts ({@code settings.yml}: portal URL, VPN client, helpdesk phone...) that
 * fill the {@code {{key}}} placeholders in articles.
 */
final class Settings {

  static final String FILE_NAME = "settings.yml";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  static Settings empty() {
    return new Settings(Map.of());
  }

  /** Reads the settings file; a missing file means no settings, a broken one adds a problem. */
  static Settings load(Path file, List<Problem> problems) {
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      if (root == null) {
        return empty();
      }
      if (!(root instanceof Map<?, ?> map)) {
        problems.add(new Problem(file, 1, "settings must be a map of key: value"));
        return empty();
      }
      Map<String, String> values = new LinkedHashMap<>();
      map.forEach((k, v) -> values.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
      return new Settings(values);
    } catch (MarkedYAMLException e) {
      problems.add(new Problem(file, e.getProblemMark().getLine() + 1, "invalid YAML: " + e.getProblem()));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(file, 0, "cannot read settings: " + e.getMessage()));
    }
    return empty();
  }

  /**
   * Replaces every placeholder in {@code text}; each unknown key is reported at its line, counted
   * from {@code firstLine}, and left as it was.
   */
  String fill(String text, Path file, int firstLine, List<Problem> problems) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        int line = firstLine + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        problems.add(
            new Problem(file, line, "unknown setting {{" + m.group(1) + "}}; define it in " + FILE_NAME + " (known: " + String.join(", ", values.keySet()) + ")"));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
