package dev.firstline.core.port;

import dev.firstline.core.model.Article;
import dev.firstline.core.port.ArticleEditor.Check;
import java.util.List;
import java.util.Optional;

/**
 * Articles still being written: checked like articles and kept beside them, but never answering.
 * Publishing one goes through {@link ArticleEditor#save}; {@link dev.firstline.core.Drafts} decides
 * who may call either.
 */
public interface ArticleDrafts {

  /** Writes the article as a draft's Markdown file, if the file it makes has no problems. */
  Check write(Article draft);

  /** Writes this Markdown file as the draft {@code id}, if it has no problems. */
  Check write(String id, String markdownFile);

  /** The Markdown file of the draft, if there is one. */
  Optional<String> source(String id);

  /** The drafts' ids, sorted. */
  List<String> ids();

  /** Deletes the draft, if there is one. */
  void remove(String id);
}
