package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.port.KnowledgeBase;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base read from a folder of Markdown articles and searched with Lucene. Files with
 * problems are left out and reported by {@link #problems()}; the others answer.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {

  private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

  private final Map<String, Article> byId;
  private final List<Article> articles;
  private final ArticleIndex index;
  private final @Nullable SemanticIndex semantic;
  private final List<Problem> problems;

  private LuceneKnowledgeBase(List<Article> articles, ArticleIndex index, @Nullable SemanticIndex semantic, List<Problem> problems) {
    this.articles = List.copyOf(articles);
    this.byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    this.index = index;
    this.semantic = semantic;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads every {@code *.md} article in {@code dir} (with {@code settings.yml} and {@code
   * synonyms.txt} beside them) and indexes the valid ones for lexical search only.
   *
   * @throws IllegalArgumentException if {@code dir} is not a readable folder
   */
  public static LuceneKnowledgeBase open(Path dir) {
    return open(dir, false);
  }

  /**
   * Like {@link #open(Path)}; with {@code semantic}, search also compares meaning with a local
   * embedding model (hybrid search). Embeddings are cached in {@code .firstline-cache/} in {@code
   * dir}; if the model cannot be loaded, search stays lexical and a warning is logged.
   *
   * @throws IllegalArgumentException if {@code dir} is not a readable folder
   */
  public static LuceneKnowledgeBase open(Path dir, boolean semantic) {
    // The model loads while the articles are read and indexed.
    @Nullable CompletableFuture<EmbeddingModel> model = semantic ? CompletableFuture.supplyAsync(LuceneKnowledgeBase::loadModel) : null;
    List<Problem> problems = new ArrayList<>();
    List<Article> articles;
    ArticleIndex index;
    try {
      articles = read(dir, problems);
      index = new ArticleIndex(articles, Analysis.load(dir, problems));
    } catch (RuntimeException e) {
      if (model != null) {
        model.cancel(false);
      }
      throw e;
    }
    problems.forEach(p -> log.warn("knowledge base: {}", p));
    SemanticIndex meaning = null;
    if (model != null) {
      try {
        meaning = new SemanticIndex(articles, model.join(), EmbeddingCache.forKnowledgeBase(dir, SemanticIndex.MODEL));
      } catch (LinkageError | RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        log.warn("semantic search is off: the embedding model failed: {}", cause.toString());
      }
    }
    return new LuceneKnowledgeBase(articles, index, meaning, problems);
  }

  private static EmbeddingModel loadModel() {
    long started = System.nanoTime();
    EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    log.info("loaded the embedding model {} in {} ms", SemanticIndex.MODEL, (System.nanoTime() - started) / 1_000_000);
    return model;
  }

  /** Whether search also compares meaning (the model was asked for and loaded). */
  public boolean semantic() {
    return semantic != null;
  }

  /** Checks every file in {@code dir} without building an index; empty means all is well. */
  public static List<Problem> validate(Path dir) {
    List<Problem> problems = new ArrayList<>();
    read(dir, problems);
    Analysis.load(dir, problems);
    return problems;
  }

  /** The problems found while loading; each names a file and line. */
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    if (semantic == null) {
      return index.search(text, limit);
    }
    return semantic.search(text, index.search(text, articles.size()), limit);
  }

  @Override
  public Optional<Article> article(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Article> articles() {
    return articles;
  }

  private static List<Article> read(Path dir, List<Problem> problems) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("knowledge base folder not found: " + dir.toAbsolutePath());
    }
    Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME), problems);
    ArticleParser parser = new ArticleParser(settings);
    List<Article> articles = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : articleFiles(dir)) {
      String content;
      try {
        content = Files.readString(file);
      } catch (MalformedInputException e) {
        problems.add(new Problem(file, 0, "not valid UTF-8 text"));
        continue;
      } catch (IOException e) {
        problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
        continue;
      }
      parser.parse(file, content, problems).ifPresent(article -> {
        Path first = seen.putIfAbsent(article.id(), file);
        if (first != null) {
          problems.add(new Problem(file, idLine(content), "id '" + article.id() + "' is already used by " + first));
        } else {
          articles.add(article);
        }
      });
    }
    return articles;
  }

  /** The file line of the front matter's {@code id:} key (the parser has checked that there is one). */
  private static int idLine(String content) {
    String[] lines = content.split("\r?\n", -1);
    for (int i = 1; i < lines.length && !lines[i].startsWith("---"); i++) {
      if (lines[i].matches("id\\s*:.*")) {
        return i + 1;
      }
    }
    return 2;
  }

  private static List<Path> articleFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
