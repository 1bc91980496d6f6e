package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ArticleEditor;
import dev.firstline.core.port.ArticleEditor.Check;
import dev.firstline.core.port.ArticleEditor.Version;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.StaffDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What knowledge managers do to articles from chat: search, show, preview, edit, create, retire,
 * list the history and restore. Only people with {@link Role#KNOWLEDGE_MANAGER} may; every adapter
 * goes through here.
 */
public final class Curation {

  /** How many articles a search lists. */
  static final int SEARCH_LIMIT = 8;
  /** How much of the body a preview shows. */
  static final int PREVIEW_BODY = 700;
  /** What everyone else hears. */
  static final String ONLY_MANAGERS = "Only knowledge managers may work on articles.";

  private final ArticleEditor editor;
  private final StaffDirectory staff;
  private final KnowledgeBase articles;

  public Curation(ArticleEditor editor, StaffDirectory staff, KnowledgeBase articles) {
    this.editor = requireNonNull(editor, "editor");
    this.staff = requireNonNull(staff, "staff");
    this.articles = requireNonNull(articles, "articles");
  }

  /** What happened: whether it was done, and a message for the person who asked. */
  public record Outcome(boolean done, String message) {

    public Outcome {
      requireNonNull(message, "message");
    }
  }

  /** Whether this person may change articles. */
  public boolean mayEdit(UserRef person) {
    return staff.rolesOf(person).contains(Role.KNOWLEDGE_MANAGER);
  }

  /** The article's Markdown file. */
  public Outcome show(UserRef who, String id) {
    return allowed(who).orElseGet(() -> editor.source(id)
        .map(text -> new Outcome(true, text))
        .orElseGet(() -> new Outcome(false, "There is no article '" + id + "'.")));
  }

  /** Checks a new version of the article without publishing it. */
  public Outcome preview(UserRef who, String id, String markdownFile) {
    return allowed(who).orElseGet(() -> {
      Check check = editor.preview(id, markdownFile);
      return check.valid() ? new Outcome(true, look(id, check.article().orElseThrow())) : refused(id, "is not valid", check);
    });
  }

  /** Publishes a new version of the article, or refuses it with each problem and its line. */
  public Outcome edit(UserRef who, String id, String markdownFile) {
    return allowed(who).orElseGet(() -> saved(id, editor.save(who, id, markdownFile)));
  }

  /** The article's saved versions, oldest first. */
  public Outcome history(UserRef who, String id) {
    return allowed(who).orElseGet(() -> {
      List<Version> versions = editor.history(id);
      if (versions.isEmpty()) {
        return new Outcome(true, "'" + id + "' has no saved versions.");
      }
      return new Outcome(true, versions.stream()
          .map(v -> v.name() + "  " + v.saved() + "  " + v.editor())
          .collect(Collectors.joining("\n", "Versions of '" + id + "', oldest first:\n", "")) + unpublished(id));
    });
  }

  /** Publishes a saved version again, as a new version. */
  public Outcome restore(UserRef who, String id, String version) {
    return allowed(who).orElseGet(() -> editor.version(id, version)
        .map(text -> saved(id, editor.save(who, id, text)))
        .orElseGet(() -> new Outcome(false, "'" + id + "' has no version '" + version + "'; see its history.")));
  }

  /** The articles a question finds, best first, with the confidence the bot decides on. */
  public Outcome search(UserRef who, String question) {
    return allowed(who).orElseGet(() -> {
      List<SearchHit> hits = articles.search(question, SEARCH_LIMIT);
      if (hits.isEmpty()) {
        return new Outcome(true, "No article matches '" + question + "'.");
      }
      return new Outcome(true, hits.stream()
          .map(h -> String.format(Locale.ROOT, "- `%s` %s (%.2f)", h.article().id(), h.article().title(), h.confidence()))
          .collect(Collectors.joining("\n", "Articles for '" + question + "', best first (confidence 0 to 1):\n", "")));
    });
  }

  /** Whether this person may write a new article with this id: a valid id that no article has. */
  public Outcome mayCreate(UserRef who, String id) {
    return allowed(who).or(() -> taken(id)).orElseGet(() -> new Outcome(true, "'" + id + "' is free."));
  }

  /** Publishes a new article, or refuses it when the id is taken or the file has problems. */
  public Outcome create(UserRef who, String id, String markdownFile) {
    return allowed(who).or(() -> taken(id)).orElseGet(() -> saved(id, editor.save(who, id, markdownFile)));
  }

  /** Takes the article out of the answers; its versions stay in the history, to be restored. */
  public Outcome retire(UserRef who, String id) {
    return allowed(who).orElseGet(() -> {
      Check check = editor.retire(who, id);
      return check.problems().isEmpty()
          ? new Outcome(true, "Retired '" + id + "': it no longer answers. Its file is kept as the newest version in its history; "
              + "restore a version to bring it back.")
          : new Outcome(false, "'" + id + "' was not retired:\n" + String.join("\n", check.problems()));
    });
  }

  /** A note for an article that has versions but no file now: retired, or removed from the folder. */
  private String unpublished(String id) {
    return editor.source(id).isPresent() ? "" : "\n'" + id + "' is not published now (retired or removed); restore a version to publish it again.";
  }

  private Optional<Outcome> taken(String id) {
    if (!id.matches(Article.ID_FORMAT)) {
      return Optional.of(new Outcome(false, "'" + id + "' cannot be an article id: use lower-case words joined by '-', like vpn-connect."));
    }
    if (editor.source(id).isPresent() || articles.article(id).isPresent()) {
      return Optional.of(new Outcome(false, "There is already an article '" + id + "'; edit it, or choose another id."));
    }
    return Optional.empty();
  }

  /** What a valid file will publish, as people will see it: title, routing and the start of the steps. */
  private static String look(String id, Article article) {
    StringBuilder facts = new StringBuilder("queue ").append(article.queue());
    if (article.escalate()) {
      facts.append(" · also opens a ticket");
    }
    if (article.redirect()) {
      facts.append(" · not IT: the bot declines with it");
    }
    facts.append(" · ").append(article.questions().size()).append(" other question(s)");
    if (!article.tags().isEmpty()) {
      facts.append(" · tags: ").append(String.join(", ", article.tags()));
    }
    String body = article.body().strip();
    String start = Excerpt.of(body, PREVIEW_BODY);
    return "Preview of '" + id + "', not published yet:\n\n**" + article.title() + "**\n" + facts + "\n\n" + start
        + (start.length() < body.length() ? "\n…" : "");
  }

  private Optional<Outcome> allowed(UserRef who) {
    return mayEdit(who) ? Optional.empty() : Optional.of(new Outcome(false, ONLY_MANAGERS));
  }

  private static Outcome saved(String id, Check check) {
    return check.valid()
        ? new Outcome(true, "Saved '" + id + "'; the next answer uses it.")
        : refused(id, "was not saved; the previous version keeps answering", check);
  }

  private static Outcome refused(String id, String what, Check check) {
    return new Outcome(false, "'" + id + "' " + what + ":\n" + String.join("\n", check.problems()));
  }
}
