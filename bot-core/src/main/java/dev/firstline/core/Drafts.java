package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.Curation.Outcome;
import dev.firstline.core.insight.Gap;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ArticleDrafts;
import dev.firstline.core.port.ArticleEditor;
import dev.firstline.core.port.ArticleEditor.Check;
import dev.firstline.core.port.TextAnalysis;
import dev.firstline.core.port.TextAnalysis.KeyTerm;
import dev.firstline.core.port.TicketStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Draft articles: written from a gap of the gap report or from a resolved ticket, reworked by a
 * knowledge manager, and answering only once one publishes them. Only knowledge managers may.
 */
public final class Drafts {

  private final ArticleDrafts drafts;
  private final ArticleEditor editor;
  private final Curation curation;
  private final TicketStore tickets;
  private final TextAnalysis analysis;
  private final Clock clock;

  /** Needs where drafts and articles are kept, the curation that knows who may edit, the tickets, and how text is read. */
  public Drafts(ArticleDrafts drafts, ArticleEditor editor, Curation curation, TicketStore tickets, TextAnalysis analysis, Clock clock) {
    this.drafts = requireNonNull(drafts, "drafts");
    this.editor = requireNonNull(editor, "editor");
    this.curation = requireNonNull(curation, "curation");
    this.tickets = requireNonNull(tickets, "tickets");
    this.analysis = requireNonNull(analysis, "analysis");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Writes a draft from a gap: its words as title and tags, its questions as the ways people ask,
   * the queue most of its tickets went to ({@code defaultQueue} if none), and a body still to write.
   */
  public Outcome fromGap(UserRef who, Gap gap, String defaultQueue) {
    return allowed(who, () -> {
      String queue = mostCommonQueue(gap).orElse(defaultQueue);
      Article draft = DraftArticles.fromGap(freeId(DraftArticles.idOf(gap.words())), gap, queue, who.displayName(), today());
      return written(draft, "write its body where it says " + DraftArticles.TO_WRITE + ", then publish it");
    });
  }

  /** Writes a draft from a resolved ticket: its first message as the question and title, its resolution note as the body. */
  public Outcome fromTicket(UserRef who, TicketId id) {
    return allowed(who, () -> tickets.find(id).map(ticket -> {
      if (!resolved(ticket)) {
        return new Outcome(false, id + " is not resolved with a note; only a resolved ticket's note can become an article.");
      }
      List<String> words = analysis.keyTerms(ticket.summary()).stream().map(KeyTerm::word).toList();
      Article draft = DraftArticles.fromTicket(freeId(DraftArticles.idOf(words.isEmpty() ? List.of("ticket", id.toString()) : words)),
          ticket, words, who.displayName(), today());
      String about = ticket.topic() == null ? "" : " " + id + " was about '" + ticket.topic() + "': editing that article may be better.";
      return written(draft, "check it, then publish it." + about);
    }).orElseGet(() -> new Outcome(false, "There is no ticket " + id + ".")));
  }

  /** The drafts, each with its title (or why it cannot be published as it is). */
  public Outcome list(UserRef who) {
    return allowed(who, () -> {
      List<String> ids = drafts.ids();
      if (ids.isEmpty()) {
        return new Outcome(true, "There are no drafts.");
      }
      return new Outcome(true, ids.stream()
          .map(id -> id + "  " + drafts.source(id).map(source -> titleOf(id, source)).orElse("(gone)"))
          .collect(Collectors.joining("\n", "Drafts (not answering until published):\n", "")));
    });
  }

  /** The draft's Markdown file. */
  public Outcome show(UserRef who, String id) {
    return allowed(who, () -> drafts.source(id).map(text -> new Outcome(true, text)).orElseGet(() -> noDraft(id)));
  }

  /** Replaces the draft's file, if it has no problems; it still does not answer. */
  public Outcome edit(UserRef who, String id, String markdownFile) {
    return allowed(who, () -> {
      if (drafts.source(id).isEmpty()) {
        return noDraft(id);
      }
      Check check = drafts.write(id, markdownFile);
      return check.valid()
          ? new Outcome(true, "Saved the draft '" + id + "'; it answers once published.")
          : new Outcome(false, "The draft '" + id + "' was not saved:\n" + String.join("\n", check.problems()));
    });
  }

  /** Makes the draft an article that answers from the next question on, kept in the article's history. */
  public Outcome publish(UserRef who, String id) {
    return allowed(who, () -> {
      Optional<String> source = drafts.source(id);
      if (source.isEmpty()) {
        return noDraft(id);
      }
      if (source.get().contains(DraftArticles.TO_WRITE)) {
        return new Outcome(false, "The draft '" + id + "' still says " + DraftArticles.TO_WRITE + ": write its body first.");
      }
      if (editor.source(id).isPresent()) {
        return new Outcome(false, "An article '" + id + "' already exists; edit it instead, or change the draft's id.");
      }
      Check check = editor.save(who, id, source.get());
      if (!check.valid()) {
        return new Outcome(false, "The draft '" + id + "' was not published:\n" + String.join("\n", check.problems()));
      }
      drafts.remove(id);
      return new Outcome(true, "Published '" + id + "'; the next answer uses it.");
    });
  }

  /** Deletes a draft without publishing it. */
  public Outcome discard(UserRef who, String id) {
    return allowed(who, () -> {
      if (drafts.source(id).isEmpty()) {
        return noDraft(id);
      }
      drafts.remove(id);
      return new Outcome(true, "Deleted the draft '" + id + "'.");
    });
  }

  private Outcome allowed(UserRef who, Supplier<Outcome> work) {
    return curation.mayEdit(who) ? work.get() : new Outcome(false, "Only knowledge managers may work on articles.");
  }

  private Outcome written(Article draft, String next) {
    Check check = drafts.write(draft);
    return check.valid()
        ? new Outcome(true, "Wrote the draft '" + draft.id() + "' (" + draft.title() + "); it does not answer yet: " + next)
        : new Outcome(false, "The draft could not be written:\n" + String.join("\n", check.problems()));
  }

  private String titleOf(String id, String source) {
    Check check = editor.preview(id, source);
    String title = check.article().map(Article::title).orElse("(has problems: " + String.join("; ", check.problems()) + ")");
    return source.contains(DraftArticles.TO_WRITE) ? title + "  (body still to write)" : title;
  }

  private static Outcome noDraft(String id) {
    return new Outcome(false, "There is no draft '" + id + "'.");
  }

  /** {@code id}, or {@code id-2}, {@code id-3}... : the first that no article or draft has. */
  private String freeId(String id) {
    String free = id;
    for (int n = 2; editor.source(free).isPresent() || drafts.source(free).isPresent(); n++) {
      free = id + "-" + n;
    }
    return free;
  }

  private Optional<String> mostCommonQueue(Gap gap) {
    Map<String, Integer> counts = new HashMap<>();
    gap.questions().stream()
        .map(Question::ticket)
        .filter(Objects::nonNull)
        .map(tickets::find)
        .flatMap(Optional::stream)
        .forEach(t -> counts.merge(t.queue(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  private static boolean resolved(Ticket ticket) {
    return (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED)
        && ticket.resolution() != null && !ticket.resolution().isBlank();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
