package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.port.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A knowledge base for tests that returns the hits it was told to return for a text, and records
 * every text it was asked about. Texts with no configured hits give an empty list. Articles of
 * configured hits can also be looked up by id. Thread-safe for searching once configured.
 */
public final class StubKnowledgeBase implements KnowledgeBase {

  private record Rule(Predicate<String> matches, List<SearchHit> hits) {}

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final List<String> searches = new CopyOnWriteArrayList<>();

  /** Adds articles that can be looked up by id, without being found by any search. */
  public synchronized StubKnowledgeBase with(Article... more) {
    for (Article article : more) {
      articles.put(article.id(), article);
    }
    return this;
  }

  /** Answers these hits, best first, for exactly {@code text} (ignoring case and outer spaces). */
  public StubKnowledgeBase on(String text, SearchHit... hits) {
    String expected = key(requireNonNull(text, "text"));
    return add(t -> key(t).equals(expected), hits);
  }

  /** Answers these hits for any text that contains {@code fragment}, ignoring case. */
  public StubKnowledgeBase onContaining(String fragment, SearchHit... hits) {
    String expected = key(requireNonNull(fragment, "fragment"));
    return add(t -> key(t).contains(expected), hits);
  }

  /** Every text searched so far, oldest first. */
  public List<String> searches() {
    return List.copyOf(searches);
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    searches.add(text);
    return rules.stream()
        .filter(r -> r.matches().test(text))
        .findFirst()
        .map(r -> r.hits().stream().limit(Math.max(0, limit)).toList())
        .orElse(List.of());
  }

  @Override
  public synchronized Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public synchronized List<Article> articles() {
    List<Article> all = new ArrayList<>(articles.values());
    all.sort(Comparator.comparing(Article::id));
    return all;
  }

  private synchronized StubKnowledgeBase add(Predicate<String> matches, SearchHit... hits) {
    List<SearchHit> sorted = new ArrayList<>(List.of(hits));
    sorted.sort(Comparator.comparingDouble(SearchHit::confidence).reversed());
    rules.add(new Rule(matches, List.copyOf(sorted)));
    sorted.forEach(h -> articles.putIfAbsent(h.article().id(), h.article()));
    return this;
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
