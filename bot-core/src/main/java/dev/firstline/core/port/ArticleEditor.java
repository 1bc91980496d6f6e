package dev.firstline.core.port;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The articles' source files, to read and change them. It checks files, not people: {@link
 * dev.firstline.core.Curation} decides who may call it.
 */
public interface ArticleEditor {

  /** The article this Markdown file would publish, or its problems; nothing is written. */
  Check preview(String id, String markdownFile);

  /** Publishes the file if it has no problems, keeping it in the history; the next search uses it. */
  Check save(UserRef editor, String id, String markdownFile);

  /** The Markdown file of the article, if there is one. */
  Optional<String> source(String id);

  /** The saved versions of the article, oldest first. */
  List<Version> history(String id);

  /** The Markdown file of one saved version. */
  Optional<String> version(String id, String version);

  /**
   * Takes the article out of the answers, keeping its current file as the newest version in the
   * history (so that it can be restored): the article it was, or why it cannot be retired.
   */
  Check retire(UserRef editor, String id);

  /** A checked file: the article it makes, or each problem as {@code file:line: message}. */
  record Check(Optional<Article> article, List<String> problems) {

    public Check {
      requireNonNull(article, "article");
      problems = List.copyOf(problems);
    }

    /** Whether the file has no problems. */
    public boolean valid() {
      return problems.isEmpty() && article.isPresent();
    }
  }

  /** One saved version: its name (to restore it), when and by whom. */
  record Version(String name, Instant saved, String editor) {

    public Version {
      requireNonNull(name, "name");
      requireNonNull(saved, "saved");
      requireNonNull(editor, "editor");
    }
  }
}
