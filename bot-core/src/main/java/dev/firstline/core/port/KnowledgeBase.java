package dev.firstline.core.port;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import java.util.List;
import java.util.Optional;

/**
 * The articles the bot answers from. Implementations never parse the text as query syntax and
 * never throw for odd input: text that matches nothing gives an empty list.
 */
public interface KnowledgeBase {

  /** The best articles for a free-text message, best first, at most {@code limit}. */
  List<SearchHit> search(String text, int limit);

  /** The article with this id, if there is one. */
  Optional<Article> article(String id);

  /** All articles, in a stable order. */
  List<Article> articles();
}
