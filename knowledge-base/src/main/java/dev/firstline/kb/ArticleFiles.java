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
 */
public final class ArticleFiles implements ArticleEditor {

  static final String HISTORY = ".history";
  static final String ID_FORMAT = "[a-z0-9]+(-[a-z0-9]+)*";
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
    if (!id.matches(ID_FORMAT)) {
      return new Check(Optional.empty(), List.of("article id '" + id + "' must be lower-case words joined by '-', like vpn-connect"));
    }
    return check(kb.folder(), fileOf(id), markdownFile);
  }

  /** What the file would publish as {@code file}, read with the settings of the knowledge base in {@code dir}. */
  static Check check(Path dir, Path file, String markdownFile) {
    List<Problem> problems = new ArrayList<>();
    Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME), problems);
    Optional<Article> article = new ArticleParser(settings).parse(file, markdownFile, problems);
    return new Check(problems.isEmpty() ? article : Optional.empty(), problems.stream().map(Problem::toString).toList());
  }

  @Override
  public synchronized Check save(UserRef editor, String id, String markdownFile) {
    Check check = preview(id, markdownFile);
    if (!check.valid()) {
      return check;
    }
    Path file = fileOf(id);
    Path history = historyFolder(id).orElseThrow();
    try {
      Files.createDirectories(history);
      if (Files.exists(file) && listHistory(history).isEmpty()) {
        // the version from before the first edit, so that it can be restored too
        Files.copy(file, history.resolve(STAMP.format(Files.getLastModifiedTime(file).toInstant()) + "-file.md"));
      }
      Files.writeString(unique(history, STAMP.format(clock.instant()) + "-" + safe(editor.id())), markdownFile);
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(temp, markdownFile);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      return new Check(Optional.empty(), List.of(file + ": cannot write: " + e.getMessage()));
    }
    List<Problem> problems = kb.reload().stream().filter(p -> p.file().equals(file)).toList();
    return new Check(kb.article(id), problems.stream().map(Problem::toString).toList());
  }

  @Override
  public Optional<String> source(String id) {
    if (!id.matches(ID_FORMAT)) {
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

  /** Where the article's file is (a redirect lives in {@code redirects/}), or would be if it is new. */
  private Path fileOf(String id) {
    Path dir = kb.folder();
    return kb.fileOf(id)
        .or(() -> LuceneKnowledgeBase.articleFiles(dir).stream().filter(f -> f.getFileName().toString().equals(id + ".md")).findFirst())
        .orElse(dir.resolve(id + ".md"));
  }

  private Optional<Path> historyFolder(String id) {
    return id.matches(ID_FORMAT) ? Optional.of(kb.folder().resolve(HISTORY).resolve(id)) : Optional.empty();
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
