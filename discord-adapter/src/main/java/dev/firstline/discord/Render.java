package dev.firstline.discord;

import dev.firstline.core.Excerpt;
import dev.firstline.core.model.Action;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns the core's neutral replies into Discord messages: the Markdown text (Discord reads the
 * core's {@code **bold**} as is), buttons in rows of five, and never a ping: every message goes
 * out with allowed mentions empty, so relayed text cannot notify @everyone, @here, a role or a user.
 */
final class Render {

  static final int MAX_CONTENT = Message.MAX_CONTENT_LENGTH;
  static final String SORRY = "Sorry, something went wrong on my side. Please try again in a minute.";
  private static final String SHORTENED = "\n\n… *Shortened: press **Full article** for all of it.*";
  private static final int MAX_LABEL = 80;
  private static final int MAX_OPTIONS = 5;

  private Render() {}

  /** A reply to a requester, with feedback buttons and the offered articles as buttons. */
  static MessageCreateData reply(Reply reply, String owner, ConversationRef where) {
    String text = reply.text();
    boolean shortened = text.length() > MAX_CONTENT && reply.article() != null;
    if (shortened) {
      text = cut(text, MAX_CONTENT - SHORTENED.length()) + SHORTENED;
    } else {
      text = cut(text, MAX_CONTENT);
    }
    List<ActionRow> rows = new ArrayList<>();
    List<ActionRowChildComponent> first = new ArrayList<>();
    if (reply.askFeedback()) {
      first.add(Button.success(feedback(owner, where, Feedback.FIXED), "That fixed it"));
      first.add(Button.secondary(feedback(owner, where, Feedback.NOT_FIXED), "Still not working"));
      first.add(Button.primary(feedback(owner, where, Feedback.TALK_TO_PERSON), "Talk to a person"));
    }
    if (shortened) {
      first.add(Button.secondary(ComponentId.of(ComponentId.FULL_ARTICLE, reply.article().id()).toString(), "Full article"));
    }
    if (!first.isEmpty()) {
      rows.add(ActionRow.of(first));
    }
    List<ActionRowChildComponent> options = new ArrayList<>();
    boolean clarify = reply.decision() == Decision.CLARIFY;
    for (Article option : reply.options().subList(0, Math.min(MAX_OPTIONS, reply.options().size()))) {
      ComponentId id = ComponentId.forRequester(ComponentId.CHOOSE, owner, where, option.id());
      if (id.fits()) {
        String label = label((clarify ? "" : "See: ") + option.title());
        options.add(clarify ? Button.primary(id.toString(), label) : Button.secondary(id.toString(), label));
      }
    }
    if (!options.isEmpty()) {
      rows.add(ActionRow.of(options));
    }
    if (clarify) {
      rows.add(ActionRow.of(Button.secondary(feedback(owner, where, Feedback.TALK_TO_PERSON), "None of these: talk to a person")));
    }
    return message(text, rows);
  }

  /** A message from the desk (a relay, a summary, a resolution): its actions become buttons. */
  static MessageCreateData outgoing(OutgoingMessage message) {
    List<ActionRowChildComponent> buttons = new ArrayList<>();
    for (Action action : message.actions()) {
      String id = ComponentId.of(ComponentId.ACT, action.id()).toString();
      String label = label(action.label());
      buttons.add(switch (action.id().split(":", 2)[0]) {
        case "claim" -> Button.primary(id, label);
        case "resolve" -> Button.success(id, label);
        default -> Button.secondary(id, label);
      });
    }
    List<ActionRow> rows = buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons);
    return message(cut(message.text(), MAX_CONTENT), rows.subList(0, Math.min(rows.size(), Message.MAX_COMPONENT_COUNT)));
  }

  static MessageEditData outgoingEdit(OutgoingMessage message) {
    return MessageEditData.fromCreateData(outgoing(message));
  }

  /** Plain text, for notes to one person and the ends of deferred replies. */
  static MessageCreateData text(String text) {
    return message(cut(text, MAX_CONTENT), List.of());
  }

  static MessageEditData textEdit(String text) {
    return MessageEditData.fromCreateData(text(text));
  }

  static MessageEditData edit(MessageCreateData data) {
    return MessageEditData.fromCreateData(data);
  }

  /** Splits a long text into messages Discord accepts, at line breaks where it can. */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    String rest = text;
    while (rest.length() > MAX_CONTENT) {
      String head = cut(rest, MAX_CONTENT);
      chunks.add(head);
      rest = rest.substring(head.length()).stripLeading();
    }
    chunks.add(rest);
    return chunks;
  }

  private static MessageCreateData message(String text, List<ActionRow> rows) {
    return new MessageCreateBuilder()
        .setContent(text)
        .setComponents(rows)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .build();
  }

  private static String feedback(String owner, ConversationRef where, Feedback feedback) {
    return ComponentId.forRequester(ComponentId.FEEDBACK, owner, where, feedback.name()).toString();
  }

  /** At most {@code max} characters, cut where a reader would. */
  static String cut(String text, int max) {
    return Excerpt.of(text, max);
  }


  private static String label(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }
}
