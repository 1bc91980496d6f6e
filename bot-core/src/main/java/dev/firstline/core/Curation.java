package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ArticleEditor;
import dev.firstline.core.port.ArticleEditor.Check;
import dev.firstline.core.port.ArticleEditor.Version;
import dev.firstline.core.port.StaffDirectory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What knowledge managers do to articles from chat: show, preview, edit, list the history and
 * restore. Only people with {@link Role#KNOWLEDGE_MANAGER} may; every adapter goes through here.
 */
public final class Curation {

  private final ArticleEditor editor;
  private final StaffDirectory staff;

  public Curation(ArticleEditor editor, StaffDirectory staff) {
    this.editor = requireNonNull(editor, "editor");
    this.staff = requireNonNull(staff, "staff");
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
      return check.valid()
          ? new Outcome(true, "'" + id + "' is valid: " + check.article().orElseThrow().title())
          : refused(id, "is not valid", check);
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
          .collect(Collectors.joining("\n", "Versions of '" + id + "', oldest first:\n", "")));
    });
  }

  /** Publishes a saved version again, as a new version. */
  public Outcome restore(UserRef who, String id, String version) {
    return allowed(who).orElseGet(() -> editor.version(id, version)
        .map(text -> saved(id, editor.save(who, id, text)))
        .orElseGet(() -> new Outcome(false, "'" + id + "' has no version '" + version + "'; see its history.")));
  }

  private Optional<Outcome> allowed(UserRef who) {
    return mayEdit(who) ? Optional.empty() : Optional.of(new Outcome(false, "Only knowledge managers may work on articles."));
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
