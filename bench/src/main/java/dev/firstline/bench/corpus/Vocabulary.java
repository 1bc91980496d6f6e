package dev.firstline.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The pools generated articles are composed from, read from {@code vocabulary.yml} beside this class. */
record Vocabulary(List<Platform> platforms, List<String> situations, Map<String, String> headings, List<Area> areas) {

  /** Where a problem happens: "Windows 11", "on my Windows laptop", family {@code windows}. */
  record Platform(String name, String mine, String family) {}

  /** One IT area; its name is the queue that takes escalations on its articles. */
  record Area(
      String queue, List<String> families, List<String> systems, List<Symptom> symptoms, Map<String, List<String>> steps, String ask, String give) {}

  /** A kind of problem in an area; texts contain {@code {system}} where the system's name goes. */
  record Symptom(String key, String title, String shortText, List<String> tags, String cause, List<String> questions, List<String> steps) {}

  static Vocabulary bundled() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.yml")) {
      if (in == null) {
        throw new IllegalStateException("vocabulary.yml is missing from the benchmarks jar");
      }
      return of(new Yaml(new LoaderOptions()).load(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary.yml", e);
    }
  }

  private static Vocabulary of(Map<String, Object> yaml) {
    List<Platform> platforms = maps(yaml.get("platforms")).stream()
        .map(p -> new Platform(text(p, "name"), text(p, "mine"), text(p, "family")))
        .toList();
    List<Area> areas = map(yaml.get("areas")).entrySet().stream().map(e -> area(e.getKey(), map(e.getValue()))).toList();
    return new Vocabulary(platforms, texts(yaml.get("situations")), textMap(yaml.get("headings")), areas);
  }

  private static Area area(String queue, Map<String, Object> yaml) {
    List<Symptom> symptoms = maps(yaml.get("symptoms")).stream()
        .map(s -> new Symptom(text(s, "key"), text(s, "title"), text(s, "short"), texts(s.get("tags")), text(s, "cause"),
            texts(s.get("questions")), texts(s.get("steps"))))
        .toList();
    Map<String, List<String>> steps = new java.util.LinkedHashMap<>();
    map(yaml.get("steps")).forEach((family, list) -> steps.put(family, texts(list)));
    return new Area(queue, texts(yaml.get("families")), texts(yaml.get("systems")), symptoms, steps, text(yaml, "ask"), text(yaml, "give"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object node) {
    return (List<Map<String, Object>>) node;
  }

  private static List<String> texts(Object node) {
    return ((List<?>) node).stream().map(String::valueOf).toList();
  }

  private static Map<String, String> textMap(Object node) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    map(node).forEach((k, v) -> texts.put(k, String.valueOf(v)));
    return texts;
  }

  private static String text(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null) {
      throw new IllegalStateException("vocabulary.yml: missing '" + key + "' in " + yaml);
    }
    return String.valueOf(value);
  }
}
