package dev.firstline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.firstline.core.Articles;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitTest {

  private static final Article LONG = new Article("long-one", "A long article", List.of(), List.of(), "service-desk", false, "service-desk",
      Articles.UPDATED, ("1. A step that takes some words to explain properly.\n").repeat(100));

  private static Reply answer(Article article, String prefix) {
    return new Reply(Decision.ANSWER, Reason.CONFIDENT_MATCH, prefix + "**" + article.title() + "**\n\n" + article.body(), article, List.of(), null, true, 0.9);
  }

  private static String sectionTexts(List<LayoutBlock> blocks) {
    StringBuilder all = new StringBuilder();
    for (LayoutBlock b : blocks) {
      if (b instanceof SectionBlock s) {
        all.append(s.getText().getText()).append('\n');
      }
      if (b instanceof ContextBlock c) {
        c.getElements().forEach(e -> all.append(((MarkdownTextObject) e).getText()).append('\n'));
      }
    }
    return all.toString();
  }

  private static List<String> actionIds(List<LayoutBlock> blocks) {
    return blocks.stream().filter(ActionsBlock.class::isInstance).flatMap(b -> ((ActionsBlock) b).getElements().stream())
        .map(e -> ((ButtonElement) e).getActionId()).toList();
  }

  @Test
  void reply_longArticleIsShortenedWithALinkToTheWholeText() {
    BlockKit.Rendered rendered = BlockKit.reply(answer(LONG, ""), "U1", "https://kb.example.com/articles/");

    String text = sectionTexts(rendered.blocks());
    assertThat(text.length()).isLessThan(LONG.body().length() / 2);
    assertThat(text).contains("<https://kb.example.com/articles/long-one|Read the whole article>");
    assertThat(actionIds(rendered.blocks())).containsExactly("fl.feedback.FIXED", "fl.feedback.NOT_FIXED", "fl.feedback.TALK_TO_PERSON");
  }

  @Test
  void reply_longArticleWithoutALinkOffersAButtonForTheWholeText() {
    BlockKit.Rendered rendered = BlockKit.reply(answer(LONG, ""), "U1", null);

    assertThat(actionIds(rendered.blocks())).startsWith("fl.article.long-one");
    BlockKit.Rendered whole = BlockKit.fullArticle(LONG);
    assertThat(sectionTexts(whole.blocks()).strip()).isEqualTo(LONG.body().strip());
    assertThat(whole.blocks()).allSatisfy(b -> {
      if (b instanceof SectionBlock s) {
        assertThat(s.getText().getText()).hasSizeLessThanOrEqualTo(3000);
      }
    });
  }

  @Test
  void reply_keepsWhatTheCoreSaidBeforeTheArticle() {
    Article shortOne = Articles.article("short-one");
    BlockKit.Rendered rendered = BlockKit.reply(answer(shortOne, "Please never share passwords.\n\n"), "U1", null);

    assertThat(sectionTexts(rendered.blocks())).startsWith("Please never share passwords.");
    assertThat(actionIds(rendered.blocks())).doesNotContain("fl.article.short-one");
  }
}
