package dev.firstline.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.firstline.core.model.Action;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.Reply;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the core's replies and messages as Block Kit: Markdown sections in mrkdwn, and every
 * choice as a button whose action id says what it does ({@link #FEEDBACK}, {@link #CHOOSE},
 * {@link #DESK}, {@link #FULL_ARTICLE}). All text objects are verbatim, so Slack parses no mention.
 */
final class BlockKit {

  /** Feedback buttons: {@code fl.feedback.FIXED}; the value is the asker's user id. */
  static final String FEEDBACK = "fl.feedback.";
  /** Article choices: {@code fl.choose.N}; the value is the asker's user id, a space and the article id. */
  static final String CHOOSE = "fl.choose.";
  /** Ticket actions: {@code fl.desk.claim:HD-1}; the value is the core's action id. */
  static final String DESK = "fl.desk.";
  /** "Show the whole article": {@code fl.article.ID}; the value is the article id. */
  static final String FULL_ARTICLE = "fl.article.";

  /** Articles longer than this (in mrkdwn characters) are shortened in answers. */
  static final int LONG_ARTICLE = 2_400;

  private static final int SECTION_LIMIT = 3_000;
  /** A code block's lines in one section, leaving room for its fences. */
  private static final int CODE_LIMIT = SECTION_LIMIT - 10;
  private static final int FALLBACK_LIMIT = 3_000;
  private static final int BUTTON_TEXT_LIMIT = 75;
  private static final int BUTTONS_PER_BLOCK = 25;

  /** The {@code text} (notification fallback) and {@code blocks} of a Slack message. */
  record Rendered(String text, List<LayoutBlock> blocks) {}

  private BlockKit() {}

  /** A desk message (ticket summary, relay, resolution...): its text and its actions as buttons. */
  static Rendered message(OutgoingMessage message) {
    String text = SlackText.mrkdwn(message.text());
    List<LayoutBlock> blocks = new ArrayList<>(sections(text));
    List<BlockElement> buttons = new ArrayList<>();
    for (Action action : message.actions()) {
      String style = action.id().startsWith("claim:") ? "primary" : null;
      buttons.add(button(DESK + action.id(), action.label(), action.id(), style));
    }
    blocks.addAll(actions(buttons));
    return new Rendered(fallback(text), blocks);
  }

  /**
   * A reply to a requester. An answer shows the article's title and steps (shortened when long,
   * with a link or a button for the rest), the alternatives and the three feedback buttons;
   * choices to clarify become buttons; anything else is its text.
   */
  static Rendered reply(Reply reply, String askerId, @Nullable String articleUrlPrefix) {
    Article article = reply.article();
    if (reply.decision() == Decision.ANSWER && article != null) {
      return answer(reply, article, askerId, articleUrlPrefix);
    }
    String text = SlackText.mrkdwn(reply.text());
    List<LayoutBlock> blocks = new ArrayList<>(sections(text));
    if (reply.decision() == Decision.CLARIFY && !reply.options().isEmpty()) {
      List<BlockElement> buttons = choices(reply.options(), askerId);
      buttons.add(button(FEEDBACK + Feedback.TALK_TO_PERSON.name(), "None of these: talk to a person", askerId, null));
      blocks.addAll(actions(buttons));
    } else if (reply.askFeedback()) {
      blocks.addAll(actions(feedbackButtons(askerId)));
    }
    return new Rendered(fallback(text), blocks);
  }

  /** The whole article, in as many sections as it needs. */
  static Rendered fullArticle(Article article) {
    String body = SlackText.mrkdwn(article.body().strip());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(article.title()));
    blocks.addAll(sections(body));
    return new Rendered(fallback("*" + SlackText.escape(article.title()) + "*\n" + body), blocks);
  }

  /** A short text, alone. */
  static Rendered text(String markdown) {
    String text = SlackText.mrkdwn(markdown);
    return new Rendered(fallback(text), sections(text));
  }

  /**
   * A file shown as it is, such as an article's Markdown: in code blocks, one per section, split
   * between lines, escaped so that nothing in it is markup.
   */
  static Rendered file(String name, String file) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(context("`" + SlackText.escape(name) + "`"));
    StringBuilder piece = new StringBuilder();
    String text = file.endsWith("\n") ? file.substring(0, file.length() - 1) : file;
    for (String line : SlackText.escape(text.replace("```", "`\u200B``")).split("\n", -1)) {
      if (!piece.isEmpty() && piece.length() + line.length() + 1 > CODE_LIMIT) {
        blocks.add(section("```\n" + piece + "```"));
        piece.setLength(0);
      }
      piece.append(line.length() > CODE_LIMIT ? line.substring(0, CODE_LIMIT - 1) + "…" : line).append('\n');
    }
    if (!piece.toString().isBlank()) {
      blocks.add(section("```\n" + piece + "```"));
    }
    return new Rendered(fallback("The file " + SlackText.escape(name)), blocks);
  }

  private static Rendered answer(Reply reply, Article article, String askerId, @Nullable String articleUrlPrefix) {
    List<LayoutBlock> blocks = new ArrayList<>();
    // whatever the core put before the article (a warning about a pasted password) comes first
    int titleAt = reply.text().indexOf("**" + article.title() + "**");
    String before = titleAt > 0 ? reply.text().substring(0, titleAt).strip() : "";
    if (!before.isEmpty()) {
      blocks.addAll(sections(SlackText.mrkdwn(before)));
    }
    blocks.add(header(article.title()));
    String body = SlackText.mrkdwn(article.body().strip());
    boolean shortened = body.length() > LONG_ARTICLE;
    blocks.addAll(sections(shortened ? SlackText.cut(body, LONG_ARTICLE) + "\n…" : body));
    if (shortened && articleUrlPrefix != null) {
      blocks.add(context("_Shortened._ <" + articleUrlPrefix + article.id() + "|Read the whole article>"));
    } else if (shortened) {
      blocks.add(context("_Shortened: the button shows the whole article._"));
      blocks.addAll(actions(List.of(button(FULL_ARTICLE + article.id(), "Show the whole article", article.id(), null))));
    }
    if (!reply.options().isEmpty()) {
      blocks.add(context("Not quite it? See also:"));
      blocks.addAll(actions(choices(reply.options(), askerId)));
    }
    if (reply.askFeedback()) {
      blocks.add(section("Did that fix it?"));
      blocks.addAll(actions(feedbackButtons(askerId)));
    }
    String text = (before.isEmpty() ? "" : SlackText.mrkdwn(before) + "\n\n") + "*" + SlackText.escape(article.title()) + "*\n" + body;
    return new Rendered(fallback(text), blocks);
  }

  private static List<BlockElement> feedbackButtons(String askerId) {
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(button(FEEDBACK + Feedback.FIXED.name(), "That fixed it", askerId, "primary"));
    buttons.add(button(FEEDBACK + Feedback.NOT_FIXED.name(), "Still not working", askerId, null));
    buttons.add(button(FEEDBACK + Feedback.TALK_TO_PERSON.name(), "Talk to a person", askerId, null));
    return buttons;
  }

  private static List<BlockElement> choices(List<Article> options, String askerId) {
    List<BlockElement> buttons = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      buttons.add(button(CHOOSE + (i + 1), options.get(i).title(), askerId + " " + options.get(i).id(), null));
    }
    return buttons;
  }

  private static List<LayoutBlock> sections(String mrkdwn) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String piece : SlackText.pieces(mrkdwn, SECTION_LIMIT)) {
      blocks.add(section(piece));
    }
    return blocks;
  }

  static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build()).build();
  }

  static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build())).build();
  }

  static HeaderBlock header(String title) {
    return HeaderBlock.builder().text(PlainTextObject.builder().text(limit(title, 150)).emoji(true).build()).build();
  }

  private static List<LayoutBlock> actions(List<BlockElement> buttons) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int from = 0; from < buttons.size(); from += BUTTONS_PER_BLOCK) {
      blocks.add(ActionsBlock.builder().elements(List.copyOf(buttons.subList(from, Math.min(buttons.size(), from + BUTTONS_PER_BLOCK)))).build());
    }
    return blocks;
  }

  static ButtonElement button(String actionId, String label, String value, @Nullable String style) {
    return ButtonElement.builder()
        .actionId(actionId)
        .text(PlainTextObject.builder().text(limit(label, BUTTON_TEXT_LIMIT)).emoji(true).build())
        .value(value)
        .style(style)
        .build();
  }

  private static String fallback(String mrkdwn) {
    return SlackText.cut(mrkdwn, FALLBACK_LIMIT);
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
