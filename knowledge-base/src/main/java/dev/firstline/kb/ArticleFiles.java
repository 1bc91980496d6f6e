package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ArticleEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Edits the Markdown files of a {@link LuceneKnowledgeBase}: checked like at load, written
 * atomically, each saved version copied to {@code .history/<id>/<time>-<editor>.md}, then reloaded.
 * Retired articles are moved to {@code retired/}, which is never read; publishing one again moves
 * it back.
 */
public final class ArticleFiles implements ArticleEditor {

  static final String HISTORY = ".history";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final LuceneKnowledgeBase kb;
  private final Clock clock;

  /** Edits the files of this knowledge base. */
  public ArticleFiles(LuceneKnowledgeBase kb) {
    this(kb, Clock.systemUTC());
  }

  ArticleFiles(LuceneKnowledgeBase kb, Clock clock) {
    this.kb = kb;
    this.clock = clock;
  }

  @Override
  public Check preview(String id, String markdownFile) {
    if (!id.matches(Article.ID_FORMAT)) {
      return new Check(Optional.empty(), List.of("article id '" + id + "' must be lower-case words joined by '-', like vpn-connect"));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<Article> article = parse(kb.folder(), fileOf(id), markdownFile, problems);
    return new Check(problems.isEmpty() ? article : Optional.empty(), problems.stream().map(this::describe).toList());
  }

  /** The article the file makes as {@code file}, read with the settings of the knowledge base in {@code dir}; problems are added. */
  static Optional<Article> parse(Path dir, Path file, String markdownFile, List<Problem> problems) {
    Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME), problems);
    return new ArticleParser(settings).parse(file, markdownFile, problems);
  }

  @Override
  public synchronized Check save(UserRef editor, String id, String markdownFile) {
    Check check = preview(id, markdownFile);
    if (!check.valid()) {
      return check;
    }
    Path file = fileOf(id);
    try {
      remember(id, file, editor, markdownFile);
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(temp, markdownFile);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      for (Path retired : retiredCopy(id).stream().toList()) {
        Files.deleteIfExists(retired); // published again
      }
    } catch (IOException e) {
      return new Check(Optional.empty(), List.of(relative(file) + ": cannot write: " + e.getMessage()));
    }
    List<Problem> problems = kb.reload().stream().filter(p -> p.file().equals(file)).toList();
    return new Check(kb.article(id), problems.stream().map(this::describe).toList());
  }

  /** Moves the file to {@code retired/} (keeping its subfolder), after keeping it as the newest version. */
  @Override
  public synchronized Check retire(UserRef editor, String id) {
    Optional<Path> published = id.matches(Article.ID_FORMAT) ? published(id) : Optional.empty();
    if (published.isEmpty()) {
      return new Check(Optional.empty(), List.of("there is no article '" + id + "' to retire"));
    }
    Path file = published.get();
    Optional<Article> article = kb.article(id);
    Path retired = retiredFolder().resolve(relative(file).toString());
    try {
      remember(id, file, editor, Files.readString(file));
      Files.createDirectories(retired.getParent());
      Files.move(file, retired, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      return new Check(Optional.empty(), List.of(relative(file) + ": cannot retire: " + e.getMessage()));
    }
    kb.reload();
    return new Check(article, List.of());
  }

  @Override
  public Optional<String> source(String id) {
    if (!id.matches(Article.ID_FORMAT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(fileOf(id)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Version> history(String id) {
    return historyFolder(id).map(ArticleFiles::listHistory).orElse(List.of()).stream()
        .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
        .map(name -> new Version(name, Instant.from(STAMP.parse(name.substring(0, name.indexOf('-')))), name.substring(name.indexOf('-') + 1)))
        .toList();
  }

  @Override
  public Optional<String> version(String id, String version) {
    Optional<Path> history = historyFolder(id);
    if (history.isEmpty() || !version.matches("[0-9]{8}T[0-9]{9}Z-[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(history.get().resolve(version + ".md")));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the article's file is (a redirect lives in {@code redirects/}), or was before it was
   * retired, or would be if it is new.
   */
  private Path fileOf(String id) {
    Path dir = kb.folder();
    return published(id)
        .or(() -> retiredCopy(id).map(r -> dir.resolve(retiredFolder().relativize(r).toString())))
        .orElse(dir.resolve(id + ".md"));
  }

  /** The article's file among the articles read, whether it answers or has a problem. */
  private Optional<Path> published(String id) {
    return kb.fileOf(id).or(() -> named(LuceneKnowledgeBase.articleFiles(kb.folder()), id));
  }

  private Optional<Path> retiredCopy(String id) {
    Path retired = retiredFolder();
    if (!Files.isDirectory(retired)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(retired)) {
      return named(files.filter(Files::isRegularFile).toList(), id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path retiredFolder() {
    return kb.folder().resolve(LuceneKnowledgeBase.RETIRED);
  }

  private static Optional<Path> named(List<Path> files, String id) {
    return files.stream().filter(f -> f.getFileName().toString().equals(id + ".md")).sorted().findFirst();
  }

  /**
   * Keeps a file as a new version in the article's history, by this editor; before the first one,
   * the file as it is in the folder, so that it can be restored too.
   */
  private void remember(String id, Path file, UserRef editor, String markdownFile) throws IOException {
    Path history = historyFolder(id).orElseThrow();
    Files.createDirectories(history);
    if (Files.exists(file) && listHistory(history).isEmpty()) {
      Files.copy(file, history.resolve(STAMP.format(Files.getLastModifiedTime(file).toInstant()) + "-file.md"));
    }
    Files.writeString(unique(history, STAMP.format(clock.instant()) + "-" + safe(editor.id())), markdownFile);
  }

  /** A problem as people in chat see it: the file named from the knowledge-base folder. */
  private String describe(Problem problem) {
    return new Problem(relative(problem.file()), problem.line(), problem.message()).toString();
  }

  private Path relative(Path file) {
    Path dir = kb.folder().toAbsolutePath();
    Path absolute = file.toAbsolutePath();
    return absolute.startsWith(dir) ? dir.relativize(absolute) : file;
  }

  private Optional<Path> historyFolder(String id) {
    return id.matches(Article.ID_FORMAT) ? Optional.of(kb.folder().resolve(HISTORY).resolve(id)) : Optional.empty();
  }

  private static List<Path> listHistory(Path history) {
    if (!Files.isDirectory(history)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(history)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path unique(Path folder, String name) {
    Path file = folder.resolve(name + ".md");
    for (int i = 2; Files.exists(file); i++) {
      file = folder.resolve(name + "-" + i + ".md");
    }
    return file;
  }

  private static String safe(String user) {
    String cleaned = user.replaceAll("[^A-Za-z0-9_-]", "_");
    return cleaned.isEmpty() ? "unknown" : cleaned;
  }
}
