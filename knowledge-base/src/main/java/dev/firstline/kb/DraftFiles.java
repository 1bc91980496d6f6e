package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.port.ArticleDrafts;
import dev.firstline.core.port.ArticleEditor.Check;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Draft articles as Markdown files in the {@code drafts/} folder of a {@link LuceneKnowledgeBase},
 * which the knowledge base does not load: checked like articles, written atomically.
 */
public final class DraftFiles implements ArticleDrafts {

  private final Path kbFolder;
  private final Path folder;

  /** The drafts of this knowledge base. */
  public DraftFiles(LuceneKnowledgeBase kb) {
    this.kbFolder = kb.folder();
    this.folder = kbFolder.resolve(LuceneKnowledgeBase.DRAFTS);
  }

  /** The folder the drafts are in, to edit them there. */
  public Path folder() {
    return folder;
  }

  @Override
  public Check write(Article draft) {
    return write(draft.id(), ArticleMarkdown.of(draft));
  }

  @Override
  public synchronized Check write(String id, String markdownFile) {
    if (!id.matches(Article.ID_FORMAT)) {
      return new Check(Optional.empty(), List.of("article id '" + id + "' must be lower-case words joined by '-', like vpn-connect"));
    }
    Path file = folder.resolve(id + ".md");
    List<Problem> problems = new ArrayList<>();
    Optional<Article> article = ArticleFiles.parse(kbFolder, file, markdownFile, problems);
    // each problem names the draft's file from the knowledge-base folder: drafts/ID.md:LINE
    Check check = new Check(problems.isEmpty() ? article : Optional.empty(),
        problems.stream().map(p -> new Problem(kbFolder.relativize(p.file()), p.line(), p.message()).toString()).toList());
    if (!check.valid()) {
      return check;
    }
    try {
      Files.createDirectories(folder);
      Path temp = folder.resolve("." + id + ".md.tmp");
      Files.writeString(temp, markdownFile);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return check;
    } catch (IOException e) {
      return new Check(Optional.empty(), List.of(file + ": cannot write: " + e.getMessage()));
    }
  }

  @Override
  public Optional<String> source(String id) {
    if (!id.matches(Article.ID_FORMAT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(folder.resolve(id + ".md")));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> ids() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".md"))
          .map(name -> name.substring(0, name.length() - ".md".length()))
          .filter(id -> id.matches(Article.ID_FORMAT))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void remove(String id) {
    if (!id.matches(Article.ID_FORMAT)) {
      return;
    }
    try {
      Files.deleteIfExists(folder.resolve(id + ".md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
