package dev.firstline.kb;

import dev.firstline.core.model.Article;
import java.util.List;
import java.util.stream.Collectors;

/** Writes an article as the Markdown file {@link ArticleParser} reads: YAML front matter, then the body. */
final class ArticleMarkdown {

  private ArticleMarkdown() {}

  static String of(Article article) {
    StringBuilder file = new StringBuilder("---\n");
    file.append("id: ").append(article.id()).append('\n');
    file.append("title: ").append(quoted(article.title())).append('\n');
    file.append("tags: ").append(article.tags().stream().map(ArticleMarkdown::quoted).collect(Collectors.joining(", ", "[", "]"))).append('\n');
    file.append("questions:").append(list(article.questions()));
    file.append("queue: ").append(article.queue()).append('\n');
    file.append("escalate: ").append(article.escalate()).append('\n');
    if (article.redirect()) {
      file.append("redirect: true\n");
    }
    file.append("owner: ").append(quoted(article.owner())).append('\n');
    file.append("updated: ").append(article.updated()).append('\n');
    file.append("---\n");
    file.append(article.body().endsWith("\n") ? article.body() : article.body() + "\n");
    return file.toString();
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? " []\n" : items.stream().map(q -> "  - " + quoted(q) + "\n").collect(Collectors.joining("", "\n", ""));
  }

  /** A YAML double-quoted scalar on one line. */
  private static String quoted(String text) {
    String oneLine = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
