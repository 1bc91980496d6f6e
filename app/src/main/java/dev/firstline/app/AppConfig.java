package dev.firstline.app;

import dev.firstline.core.DecisionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The application's configuration: an optional YAML file ({@code firstline.yml}) with environment
 * variables on top. Secrets (tokens) only ever come from the environment.
 *
 * @param knowledgeBase the folder of Markdown articles
 * @param decision the answer-or-escalate thresholds
 * @param conversationMemory how long the bot remembers a quiet conversation
 * @param ticketPrefix the letters before a ticket number (HD-42)
 * @param semanticSearch whether the knowledge base also compares meaning with the local embedding
 *     model (hybrid search)
 */
record AppConfig(Path knowledgeBase, DecisionPolicy decision, Duration conversationMemory, String ticketPrefix, boolean semanticSearch) {

  static final Set<String> KEYS = Set.of("knowledge-base", "decision", "conversation-memory", "ticket-prefix", "semantic-search");
  static final Set<String> DECISION_KEYS = Set.of("answer", "strong", "close-margin", "clarify", "option", "it-topic");

  /** Reads the file if given (or {@code firstline.yml} in the home folder if present), then the environment. */
  static AppConfig load(@Nullable Path file, Path home, Map<String, String> env) {
    Path chosen = file != null ? file : home.resolve("firstline.yml");
    Map<String, Object> yaml = file != null || Files.exists(chosen) ? read(chosen) : Map.of();
    unknownKeys(chosen, "", yaml.keySet(), KEYS);
    Path kb = Path.of(env.getOrDefault("FIRSTLINE_KB", String.valueOf(yaml.getOrDefault("knowledge-base", "kb"))));
    if (!kb.isAbsolute()) {
      kb = home.resolve(kb);
    }
    return new AppConfig(
        kb.normalize(),
        decision(chosen, yaml.get("decision")),
        duration(chosen, "conversation-memory", yaml.getOrDefault("conversation-memory", "8h")),
        prefix(chosen, String.valueOf(yaml.getOrDefault("ticket-prefix", "HD"))),
        flag(chosen, "semantic-search", env.getOrDefault("FIRSTLINE_SEMANTIC_SEARCH", String.valueOf(yaml.getOrDefault("semantic-search", true)))));
  }

  /** A copy with another knowledge-base folder or semantic-search setting (command-line options). */
  AppConfig with(Path knowledgeBase, boolean semanticSearch) {
    return new AppConfig(knowledgeBase, decision, conversationMemory, ticketPrefix, semanticSearch);
  }

  private static Map<String, Object> read(Path file) {
    try {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      if (root == null) {
        return Map.of();
      }
      if (!(root instanceof Map<?, ?> map)) {
        throw new ConfigException(file + ": the configuration must be a map of key: value");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
    } catch (YAMLException e) {
      throw new ConfigException(file + ": invalid YAML: " + e.getMessage());
    }
  }

  private static DecisionPolicy decision(Path file, @Nullable Object node) {
    DecisionPolicy d = DecisionPolicy.defaults();
    if (node == null) {
      return d;
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new ConfigException(file + ": 'decision' must be a map with keys " + new TreeSet<>(DECISION_KEYS));
    }
    unknownKeys(file, "decision.", map.keySet(), DECISION_KEYS);
    try {
      return new DecisionPolicy(
          number(file, map, "answer", d.answer()),
          number(file, map, "strong", d.strong()),
          number(file, map, "close-margin", d.closeMargin()),
          number(file, map, "clarify", d.clarify()),
          number(file, map, "option", d.option()),
          number(file, map, "it-topic", d.itTopic()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": decision: " + e.getMessage());
    }
  }

  private static double number(Path file, Map<?, ?> map, String key, double fallback) {
    Object value = map.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw new ConfigException(file + ": decision." + key + " must be a number between 0 and 1 but was '" + value + "'");
  }

  private static Duration duration(Path file, String key, Object value) {
    String text = String.valueOf(value).strip().toUpperCase(java.util.Locale.ROOT);
    try {
      return text.matches("\\d+[SMHD]")
          ? text.endsWith("D") ? Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1))) : Duration.parse("PT" + text)
          : Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new ConfigException(file + ": " + key + " must be a duration like 30m, 8h or 2d but was '" + value + "'");
    }
  }

  private static boolean flag(Path file, String key, String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(file + ": " + key + " must be true or false but was '" + value + "'");
    };
  }

  private static String prefix(Path file, String value) {
    if (!value.matches("[A-Z]{1,10}")) {
      throw new ConfigException(file + ": ticket-prefix must be 1 to 10 capital letters but was '" + value + "'");
    }
    return value;
  }

  private static void unknownKeys(Path file, String prefix, Set<?> keys, Set<String> allowed) {
    for (Object key : keys) {
      if (!allowed.contains(String.valueOf(key))) {
        throw new ConfigException(
            file + ": unknown key '" + prefix + key + "'; allowed keys are " + new TreeSet<>(allowed));
      }
    }
  }

  /** A configuration mistake, with a message that says what is allowed. */
  static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }
  }
}
