package dev.firstline.core;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link Article} records for tests, with readable defaults for every field. */
public final class Articles {

  /** The date every test article was last reviewed. */
  public static final LocalDate UPDATED = LocalDate.of(2026, 1, 1);

  private Articles() {}

  /** An ordinary article in the {@code service-desk} queue, titled after its id. */
  public static Article article(String id) {
    return article(id, titleOf(id));
  }

  public static Article article(String id, String title) {
    return new Article(id, title, List.of(), List.of(), "service-desk", false, "service-desk", UPDATED, bodyOf(id));
  }

  /** An article in the given queue. */
  public static Article inQueue(String id, String queue) {
    return new Article(id, titleOf(id), List.of(), List.of(), queue, false, "service-desk", UPDATED, bodyOf(id));
  }

  /** An article whose answer must also open a ticket ({@code escalate: true}), like a lost device. */
  public static Article escalating(String id, String queue) {
    return new Article(id, titleOf(id), List.of(), List.of(), queue, true, "service-desk", UPDATED, bodyOf(id));
  }

  /** A search hit for {@code article} with {@code confidence}. */
  /** An article about another team's work, which the bot declines with. */
  public static Article redirecting(String id) {
    return new Article(id, titleOf(id), List.of(), List.of(), "service-desk", false, true, "service-desk", UPDATED, bodyOf(id));
  }

  public static SearchHit hit(Article article, double confidence) {
    return new SearchHit(article, confidence);
  }

  /** The title {@link #article(String)} gives: "Title of " and the id. */
  public static String titleOf(String id) {
    return "Title of " + id;
  }

  /** The body every test article has: "Steps for " and the id. */
  public static String bodyOf(String id) {
    return "Steps for " + id + ".";
  }
}
