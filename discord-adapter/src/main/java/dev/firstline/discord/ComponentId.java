package dev.firstline.discord;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.ConversationRef;
import java.util.Optional;

/**
 * The custom id of one of our buttons or modals: what it does ({@code kind}), whose question it
 * belongs to and in which conversation (for a requester's buttons), and its value (a feedback, an
 * article id, a desk action id such as {@code claim:HD-42}). Discord sends it back on every click,
 * so nothing has to be remembered between the message and the click, not even across restarts.
 *
 * <p>Formats, all under Discord's 100 characters: {@code fb:OWNER:CONV:FEEDBACK}, {@code
 * ch:OWNER:CONV:ARTICLE}, {@code full:ARTICLE}, {@code act:ACTION}, {@code modal:ACTION}, and for
 * knowledge managers {@code kbform:edit:ARTICLE} (or {@code new:}) and {@code kb:publish:KEY} (or
 * {@code edit:}), where CONV is {@code d} for a direct message with the owner, else {@code
 * CHANNEL.THREAD}.
 */
record ComponentId(String kind, String owner, String conversation, String value) {

  static final String FEEDBACK = "fb";
  static final String CHOOSE = "ch";
  static final String FULL_ARTICLE = "full";
  static final String ACT = "act";
  static final String MODAL = "modal";
  static final String CURATE = "kb";
  static final String EDITOR = "kbform";
  static final int MAX_LENGTH = 100;

  ComponentId {
    requireNonNull(kind, "kind");
    requireNonNull(owner, "owner");
    requireNonNull(conversation, "conversation");
    requireNonNull(value, "value");
  }

  static ComponentId forRequester(String kind, String owner, ConversationRef where, String value) {
    return new ComponentId(kind, owner, encode(owner, where), value);
  }

  static ComponentId of(String kind, String value) {
    return new ComponentId(kind, "", "", value);
  }

  /** Reads an id we wrote; empty for anything else. */
  static Optional<ComponentId> parse(String id) {
    String[] head = id.split(":", 2);
    if (head.length < 2) {
      return Optional.empty();
    }
    return switch (head[0]) {
      case FEEDBACK, CHOOSE -> {
        String[] parts = head[1].split(":", 3);
        yield parts.length == 3 ? Optional.of(new ComponentId(head[0], parts[0], parts[1], parts[2])) : Optional.empty();
      }
      case FULL_ARTICLE, ACT, MODAL, CURATE, EDITOR -> Optional.of(of(head[0], head[1]));
      default -> Optional.empty();
    };
  }

  /** The conversation a requester's button belongs to. */
  ConversationRef where() {
    if (conversation.equals("d")) {
      return ConversationRef.direct(DiscordAdapter.PLATFORM, owner);
    }
    int dot = conversation.indexOf('.');
    return new ConversationRef(DiscordAdapter.PLATFORM, conversation.substring(0, dot), conversation.substring(dot + 1));
  }

  boolean fits() {
    return toString().length() <= MAX_LENGTH;
  }

  @Override
  public String toString() {
    return owner.isEmpty() ? kind + ":" + value : kind + ":" + owner + ":" + conversation + ":" + value;
  }

  private static String encode(String owner, ConversationRef where) {
    if (where.threadId().isEmpty() && where.channelId().equals(owner)) {
      return "d";
    }
    return where.channelId() + "." + where.threadId();
  }
}
