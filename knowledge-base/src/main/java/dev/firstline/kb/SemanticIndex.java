package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores articles by meaning with a local embedding model. Each article's title and each of its
 * questions is embedded on its own; an article's similarity to a message is the best cosine any of
 * them has. {@link #search} mixes that with the lexical confidence into one confidence in [0, 1].
 */
final class SemanticIndex {

  /** The name of the bundled model, also the name of its cache file. */
  static final String MODEL = "bge-small-en-v15-q";

  /** BGE embeds a search query with this instruction in front; the passages go without. */
  static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

  /**
   * The share of the lexical confidence in the hybrid confidence; the rest is the similarity. With
   * the cosine range below, 0.3 to 0.5 ranked equally well on both sets in {@code eval/}.
   */
  static final double LEXICAL_WEIGHT = 0.4;

  /** A cosine at or below this means unrelated (BGE gives most unrelated pairs 0.45 to 0.6). */
  static final double UNRELATED = 0.60;

  /** A cosine at or above this counts as the same question. */
  static final double SAME = 0.90;

  private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);

  private final EmbeddingModel model;
  private final List<Article> articles;
  private final int[] owners;
  private final float[][] vectors;

  /** Embeds every title and question, taking those already in {@code cache} from there. */
  SemanticIndex(List<Article> articles, EmbeddingModel model, EmbeddingCache cache) {
    this.model = model;
    this.articles = List.copyOf(articles);
    List<String> texts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < this.articles.size(); i++) {
      Article article = this.articles.get(i);
      texts.add(article.title());
      owners.add(i);
      for (String question : article.questions()) {
        texts.add(question);
        owners.add(i);
      }
    }
    this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
    this.vectors = embed(texts, cache);
  }

  private float[][] embed(List<String> texts, EmbeddingCache cache) {
    long started = System.nanoTime();
    Map<String, float[]> cached = cache.load();
    Map<String, float[]> byKey = new LinkedHashMap<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (String text : texts) {
      String key = EmbeddingCache.key(text);
      float[] vector = cached.get(key);
      if (vector != null) {
        byKey.put(key, vector);
      } else {
        missing.putIfAbsent(key, text);
      }
    }
    if (!missing.isEmpty()) {
      List<TextSegment> segments = missing.values().stream().map(TextSegment::from).toList();
      var embedded = model.embedAll(segments).content();
      int i = 0;
      for (String key : missing.keySet()) {
        byKey.put(key, normalized(embedded.get(i++).vector()));
      }
    }
    if (!missing.isEmpty() || cached.size() != byKey.size()) {
      cache.save(byKey);
    }
    log.info(
        "embedded {} article texts in {} ms ({} from the cache {})",
        texts.size(), (System.nanoTime() - started) / 1_000_000, texts.size() - missing.size(), cache.file());
    float[][] result = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      result[i] = byKey.get(EmbeddingCache.key(texts.get(i)));
    }
    return result;
  }

  /** Each article's similarity to the message (best cosine of its title and questions), by position. */
  double[] similarities(String text) {
    String capped = text.length() > ArticleIndex.MAX_QUERY_CHARS ? text.substring(0, ArticleIndex.MAX_QUERY_CHARS) : text;
    float[] query = normalized(model.embed(QUERY_PREFIX + capped).content().vector());
    double[] best = new double[articles.size()];
    Arrays.fill(best, -1.0);
    for (int i = 0; i < vectors.length; i++) {
      best[owners[i]] = Math.max(best[owners[i]], dot(query, vectors[i]));
    }
    return best;
  }

  /**
   * The articles ranked by {@code LEXICAL_WEIGHT × lexical + (1 − LEXICAL_WEIGHT) × similarity},
   * the similarity mapped from [{@link #UNRELATED}, {@link #SAME}] onto [0, 1].
   *
   * @param lexical the lexical hits for the same text, any number of them
   */
  List<SearchHit> search(String text, List<SearchHit> lexical, int limit) {
    if (limit <= 0 || text.isBlank()) {
      return List.of();
    }
    Map<String, Double> lexicalById = new HashMap<>();
    lexical.forEach(h -> lexicalById.put(h.article().id(), h.confidence()));
    double[] similarity = similarities(text);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      double confidence = combine(lexicalById.getOrDefault(article.id(), 0.0), similarity[i]);
      if (confidence > 0) {
        hits.add(new SearchHit(article, confidence));
      }
    }
    return hits.stream().sorted(Comparator.comparingDouble(SearchHit::confidence).reversed()).limit(limit).toList();
  }

  static double combine(double lexical, double cosine) {
    double similarity = Math.clamp((cosine - UNRELATED) / (SAME - UNRELATED), 0.0, 1.0);
    return Math.clamp(LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * similarity, 0.0, 1.0);
  }

  private static float[] normalized(float[] vector) {
    double norm = Math.sqrt(dot(vector, vector));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = norm == 0 ? 0f : (float) (vector[i] / norm);
    }
    return unit;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
