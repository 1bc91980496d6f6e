package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.port.KnowledgeBase;
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
import java.util.stream.Stream;
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
  private final List<Problem> problems;

  private LuceneKnowledgeBase(List<Article> articles, Analysis analysis, List<Problem> problems) {
    this.articles = List.copyOf(articles);
    this.byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    this.index = new ArticleIndex(articles, analysis);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads every {@code *.md} article in {@code dir} (with {@code settings.yml} and {@code
   * synonyms.txt} beside them) and indexes the valid ones.
   *
   * @throws IllegalArgumentException if {@code dir} is not a readable folder
   */
  public static LuceneKnowledgeBase open(Path dir) {
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = read(dir, problems);
    Analysis analysis = Analysis.load(dir, problems);
    problems.forEach(p -> log.warn("knowledge base: {}", p));
    return new LuceneKnowledgeBase(articles, analysis, problems);
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
    return index.search(text, limit);
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
