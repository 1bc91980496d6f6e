package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge-base article: one first-line topic with the steps that usually fix it.
 *
 * @param id stable identifier, also the file name ({@code vpn-connect})
 * @param title what the article helps with, shown as its heading
 * @param tags short keywords
 * @param questions other ways people ask this
 * @param queue the 2nd-line queue that takes escalations on this topic
 * @param escalate whether answering must also open an escalation (a lost or stolen device)
 * @param redirect whether the article is about something IT does not handle (facilities, HR...):
 *     matching it means the bot declines and says where to go instead
 * @param owner who keeps the article right
 * @param updated when it was last reviewed
 * @param body the Markdown body, with organisation settings already filled in
 */
public record Article(
    String id,
    String title,
    List<String> tags,
    List<String> questions,
    String queue,
    boolean escalate,
    boolean redirect,
    String owner,
    LocalDate updated,
    String body) {

  /** What an id looks like: lower-case words joined by '-', like {@code vpn-connect}; it is also the file name. */
  public static final String ID_FORMAT = "[a-z0-9]+(-[a-z0-9]+)*";

  public Article {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    tags = List.copyOf(tags);
    questions = List.copyOf(questions);
    requireNonNull(queue, "queue");
    requireNonNull(owner, "owner");
    requireNonNull(updated, "updated");
    requireNonNull(body, "body");
    if (escalate && redirect) {
      throw new IllegalArgumentException("article '" + id + "' cannot both escalate and redirect");
    }
  }

  /** An ordinary IT article, one that does not redirect elsewhere. */
  public Article(
      String id,
      String title,
      List<String> tags,
      List<String> questions,
      String queue,
      boolean escalate,
      String owner,
      LocalDate updated,
      String body) {
    this(id, title, tags, questions, queue, escalate, false, owner, updated, body);
  }
}
