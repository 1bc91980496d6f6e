package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.TextAnalysis;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base read from a folder of Markdown articles and searched with Lucene. Files with
 * problems are left out and reported by {@link #problems()}; the others answer. {@link #reload()}
 * and {@link #watch()} pick up changed files without a restart.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, TextAnalysis, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

  /** The folder retired articles are moved to: kept with the others, but never read as articles. */
  static final String RETIRED = "retired";

  /** The folder of draft articles ({@link DraftFiles}): kept with the others, but never read as articles until published. */
  static final String DRAFTS = "drafts";

  /** How often {@link #watch()} compares the files' sizes and modification times. */
  static final Duration POLL = Duration.ofMillis(300);

  private final Path dir;
  private final @Nullable EmbeddingModel model;
  private final AtomicReference<Snapshot> current;
  private final Object reloading = new Object();
  private @Nullable ScheduledExecutorService watcher;

  /** One consistent state of the knowledge base; replaced whole by {@link #reload()}. */
  private record Snapshot(
      Map<Path, Article> byFile, Map<String, Article> byId, List<Article> articles, ArticleIndex index,
      @Nullable SemanticIndex semantic, List<Problem> problems, Map<Path, String> stamps) {}

  private LuceneKnowledgeBase(Path dir, @Nullable EmbeddingModel model, Snapshot first) {
    this.dir = dir;
    this.model = model;
    this.current = new AtomicReference<>(first);
  }

  /**
   * Reads every {@code *.md} article in {@code dir} (with {@code settings.yml} and {@code
   * synonyms.txt} beside them), except drafts in {@code drafts/}, and indexes the valid ones for
   * lexical search only.
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
    @Nullable CompletableFuture<EmbeddingModel> loading = semantic ? CompletableFuture.supplyAsync(LuceneKnowledgeBase::loadModel) : null;
    Map<Path, String> stamps;
    List<Problem> problems = new ArrayList<>();
    Map<Path, Article> byFile;
    Analysis analysis;
    try {
      stamps = stamps(dir);
      byFile = read(dir, problems);
      analysis = Analysis.load(dir, problems);
    } catch (RuntimeException e) {
      if (loading != null) {
        loading.cancel(false);
      }
      throw e;
    }
    problems.forEach(p -> log.warn("knowledge base: {}", p));
    EmbeddingModel model = null;
    if (loading != null) {
      try {
        model = loading.join();
      } catch (LinkageError | RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        log.warn("semantic search is off: the embedding model failed: {}", cause.toString());
      }
    }
    return new LuceneKnowledgeBase(dir, model, snapshot(dir, model, byFile, analysis, problems, stamps));
  }

  private static Snapshot snapshot(
      Path dir, @Nullable EmbeddingModel model, Map<Path, Article> byFile, Analysis analysis, List<Problem> problems, Map<Path, String> stamps) {
    List<Article> articles = List.copyOf(byFile.values());
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    SemanticIndex meaning = null;
    if (model != null) {
      try {
        meaning = new SemanticIndex(articles, model, EmbeddingCache.forKnowledgeBase(dir, SemanticIndex.MODEL));
      } catch (RuntimeException e) {
        log.warn("semantic search is off for this version of the knowledge base: {}", e.toString());
      }
    }
    return new Snapshot(
        Collections.unmodifiableMap(new LinkedHashMap<>(byFile)), Map.copyOf(byId), articles,
        new ArticleIndex(articles, analysis), meaning, List.copyOf(problems), Map.copyOf(stamps));
  }

  /**
   * Reads the folder again and swaps the new articles in at once; a file that has a problem now
   * keeps its previous version answering. Returns the problems found, each with file and line.
   */
  public List<Problem> reload() {
    synchronized (reloading) {
      Snapshot before = current.get();
      Map<Path, String> stamps = stamps(dir);
      List<Problem> problems = new ArrayList<>();
      Map<Path, Article> byFile = new TreeMap<>(read(dir, problems));
      Set<String> ids = new HashSet<>();
      byFile.values().forEach(a -> ids.add(a.id()));
      Set<Path> broken = new HashSet<>();
      problems.forEach(p -> broken.add(p.file()));
      before.byFile().forEach((file, article) -> {
        if (broken.contains(file) && !byFile.containsKey(file) && Files.exists(file) && ids.add(article.id())) {
          byFile.put(file, article);
        }
      });
      Analysis analysis = Analysis.load(dir, problems);
      problems.forEach(p -> log.warn("knowledge base reload: {}", p));
      Snapshot after = snapshot(dir, model, byFile, analysis, problems, stamps);
      current.set(after);
      log.info("reloaded the knowledge base: {} articles, {} problem(s)", after.articles().size(), problems.size());
      return after.problems();
    }
  }

  /**
   * Reloads by itself, shortly after any file in the folder or its subfolders changes, is added or
   * is removed, until {@link #close()}.
   */
  public synchronized void watch() {
    if (watcher != null) {
      return;
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "kb-watch");
      t.setDaemon(true);
      return t;
    });
    AtomicReference<Map<Path, String>> seen = new AtomicReference<>(current.get().stamps());
    executor.scheduleWithFixedDelay(() -> {
      try {
        Map<Path, String> now = stamps(dir);
        // reload once the files have stopped changing for one poll: an editor's save is over
        if (!now.equals(current.get().stamps()) && now.equals(seen.getAndSet(now))) {
          reload();
        }
      } catch (RuntimeException e) {
        log.warn("cannot check the knowledge-base folder {}: {}", dir, e.toString());
      }
    }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    watcher = executor;
  }

  /** Stops watching the folder. */
  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.shutdownNow();
      watcher = null;
    }
  }

  private static EmbeddingModel loadModel() {
    long started = System.nanoTime();
    EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    log.info("loaded the embedding model {} in {} ms", SemanticIndex.MODEL, (System.nanoTime() - started) / 1_000_000);
    return model;
  }

  /** Whether search also compares meaning (the model was asked for and loaded). */
  public boolean semantic() {
    return current.get().semantic() != null;
  }

  /** Checks every file in {@code dir} without building an index; empty means all is well. */
  public static List<Problem> validate(Path dir) {
    List<Problem> problems = new ArrayList<>();
    read(dir, problems);
    Analysis.load(dir, problems);
    return problems;
  }

  /** The problems found by the last load or reload; each names a file and line. */
  public List<Problem> problems() {
    return current.get().problems();
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    Snapshot now = current.get();
    if (now.semantic() == null) {
      return now.index().search(text, limit);
    }
    return now.semantic().search(text, now.index().search(text, now.articles().size()), limit);
  }

  /** The topic words of {@code text}, read with the search's analysis and synonyms. */
  @Override
  public List<KeyTerm> keyTerms(String text) {
    return KeyTerms.of(current.get().index().analysis(), text);
  }

  @Override
  public Optional<Article> article(String id) {
    return Optional.ofNullable(current.get().byId().get(id));
  }

  @Override
  public List<Article> articles() {
    return current.get().articles();
  }

  /** The folder the articles are read from. */
  Path folder() {
    return dir;
  }

  /** The file the article with this id was read from, if it answers. */
  Optional<Path> fileOf(String id) {
    return current.get().byFile().entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst();
  }

  /** Each watched file's size and modification time: a change in any means reload. */
  private static Map<Path, String> stamps(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("knowledge base folder not found: " + dir.toAbsolutePath());
    }
    Map<Path, String> stamps = new HashMap<>();
    for (Path file : watchedFiles(dir)) {
      try {
        stamps.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
      } catch (IOException e) {
        stamps.put(file, "gone"); // removed while listing: the next poll sees it
      }
    }
    return stamps;
  }

  private static List<Path> watchedFiles(Path dir) {
    List<Path> files = new ArrayList<>(articleFiles(dir));
    for (String name : List.of(Settings.FILE_NAME, Analysis.SYNONYMS_FILE)) {
      if (Files.exists(dir.resolve(name))) {
        files.add(dir.resolve(name));
      }
    }
    return files;
  }

  private static Map<Path, Article> read(Path dir, List<Problem> problems) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("knowledge base folder not found: " + dir.toAbsolutePath());
    }
    Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME), problems);
    ArticleParser parser = new ArticleParser(settings);
    Map<Path, Article> articles = new LinkedHashMap<>();
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
          articles.put(file, article);
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

  /**
   * The articles' files, leaving out {@code retired/}, {@code drafts/} and hidden folders such as
   * {@code .history/} and {@code .firstline-cache/}.
   */
  static List<Path> articleFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> hidden(dir.relativize(p)).isEmpty())
          .filter(p -> !dir.relativize(p).startsWith(RETIRED))
          .filter(p -> !dir.relativize(p).startsWith(DRAFTS))
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot list " + dir, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
    }
  }

  private static Optional<Path> hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }
}
