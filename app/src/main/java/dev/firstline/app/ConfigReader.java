package dev.firstline.app;

import dev.firstline.app.AppConfig.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads typed values out of one configuration file; every mistake names the file, the key and what is allowed. */
record ConfigReader(Path file) {

  /** The YAML file as a map of key to value; empty if it is empty. */
  Map<String, Object> read() {
    try {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()), new DumperOptions(),
          new LoaderOptions(), new PlainScalars());
      Object root = yaml.load(Files.readString(file));
      if (root == null) {
        return Map.of();
      }
      return map("the configuration", root);
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
    } catch (YAMLException e) {
      throw error("invalid YAML: " + e.getMessage());
    }
  }

  ConfigException error(String message) {
    return new ConfigException(file + ": " + message);
  }

  /** A map node, its keys as text (Discord ids are numbers); {@code key} names it in messages. */
  Map<String, Object> map(String key, Object node) {
    if (!(node instanceof Map<?, ?> map)) {
      throw error("'" + key + "' must be a map of key: value but was '" + node + "'");
    }
    Map<String, Object> typed = new LinkedHashMap<>();
    map.forEach((k, v) -> typed.put(String.valueOf(k), v));
    return typed;
  }

  /** A map node with only these keys; empty if absent. */
  Map<String, Object> section(String key, @Nullable Object node, Set<String> allowed) {
    if (node == null) {
      return Map.of();
    }
    Map<String, Object> map = map(key, node);
    keys(key + ".", map.keySet(), allowed);
    return map;
  }

  void keys(String prefix, Set<?> keys, Set<String> allowed) {
    for (Object key : keys) {
      if (!allowed.contains(String.valueOf(key))) {
        throw error("unknown key '" + prefix + key + "'; allowed keys are " + new TreeSet<>(allowed));
      }
    }
  }

  /** A list node; a single value counts as a list of one. */
  List<?> list(String key, @Nullable Object node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof List<?> list) {
      return list;
    }
    if (node instanceof Map<?, ?>) {
      throw error("'" + key + "' must be a list like [a, b] but was a map");
    }
    return List.of(node);
  }

  /** A single value written as text; {@code what} says what is expected. */
  String text(String key, @Nullable Object value, String what) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || String.valueOf(value).isBlank()) {
      throw error(key + " must be " + what + " but was '" + value + "'");
    }
    return String.valueOf(value).strip();
  }

  Duration duration(String key, Object value) {
    String text = String.valueOf(value).strip().toUpperCase(Locale.ROOT);
    try {
      Duration d = text.matches("\\d+[SMHD]")
          ? text.endsWith("D") ? Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1))) : Duration.parse("PT" + text)
          : Duration.parse(text);
      if (d.isNegative() || d.isZero()) {
        throw new DateTimeParseException("not positive", text, 0);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw error(key + " must be a duration like 30m, 8h or 2d but was '" + value + "'");
    }
  }

  double number(String key, Object value, String range) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw error(key + " must be a number " + range + " but was '" + value + "'");
  }

  boolean flag(String key, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(key + " must be true or false but was '" + value + "'");
    };
  }

  /**
   * YAML scalars without two YAML 1.1 surprises: {@code 18:00} stays text instead of the number
   * 1080 (base 60), and {@code 2026-12-25} stays text instead of a {@link java.util.Date}.
   */
  private static final class PlainScalars extends Resolver {

    private static final Pattern DECIMAL_INT = Pattern.compile("^[-+]?(?:0|[1-9][0-9_]*)$");

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, DECIMAL_INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?$"), "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
