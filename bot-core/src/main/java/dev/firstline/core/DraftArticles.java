package dev.firstline.core;

import dev.firstline.core.insight.Gap;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Ticket;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The first version of an article written from a gap or from a resolved ticket, before a knowledge manager reworks it. */
final class DraftArticles {

  /** Marks the part of a draft's body that is still to be written; a draft with it is not published. */
  static final String TO_WRITE = "**To write:**";

  /** How many of a gap's questions a draft lists as ways people ask. */
  static final int QUESTIONS = 10;

  private static final int ID_WORDS = 4;
  private static final int TITLE_CHARS = 80;

  private DraftArticles() {}

  /** A draft that lists the gap's questions and words, with a body still to write. */
  static Article fromGap(String id, Gap gap, String queue, String owner, LocalDate today) {
    List<String> asked = gap.distinctTexts(QUESTIONS).stream().map(DraftArticles::redacted).toList();
    String body = TO_WRITE + " the steps that answer these questions, then publish the draft. "
        + gap.count() + " question(s) from " + gap.people() + " people got no answer.\n";
    return new Article(id, capitalised(String.join(" ", gap.words())), gap.words(), asked, queue, false, owner, today, body);
  }

  /** A draft that answers the ticket's question with its resolution note. */
  static Article fromTicket(String id, Ticket ticket, List<String> words, String owner, LocalDate today) {
    String question = redacted(ticket.summary().replaceFirst("…$", ""));
    String note = redacted(String.valueOf(ticket.resolution()).strip());
    return new Article(id, capitalised(shortened(question)), words, List.of(question), ticket.queue(), false, owner, today, note + "\n");
  }

  /** An article id made of the first words: lower-case ASCII letters and digits joined by '-'; {@code draft} if none is left. */
  static String idOf(List<String> words) {
    String joined = String.join(" ", words.stream().limit(ID_WORDS).toList());
    String ascii = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String id = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "draft" : id;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= TITLE_CHARS ? oneLine : oneLine.substring(0, TITLE_CHARS).strip() + "…";
  }

  private static String redacted(String text) {
    return Redactor.redact(text).text();
  }
}
