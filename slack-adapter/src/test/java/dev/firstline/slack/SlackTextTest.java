package dev.firstline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      **bold** and *italic* and __also bold__            => *bold* and _italic_ and *also bold*
      '## A heading'                                     => *A heading*
      '# **Bold heading**'                               => *Bold heading*
      - first                                            => • first
      * second                                           => • second
      1. **Windows:** do it                              => 1. *Windows:* do it
      see [the portal](https://it.example.com/a?b=1&c=2) => see <https://it.example.com/a?b=1&amp;c=2|the portal>
      go to https://it.example.com/help.                 => go to <https://it.example.com/help>.
      keep `code **here**` as is                         => keep `code **here**` as is
      ~~gone~~                                           => ~gone~
      5 * 3 = 15                                         => 5 * 3 = 15
      > a quote                                          => > a quote
      """)
  void mrkdwn_convertsMarkdown(String markdown, String mrkdwn) {
    assertThat(SlackText.mrkdwn(markdown)).isEqualTo(mrkdwn);
  }

  @Test
  void mrkdwn_escapesEverySpecialMention() {
    String out = SlackText.mrkdwn("<!here> <!channel> <!everyone> <!subteam^S1|@team> <@U1> <#C1> a < b & c > d");

    assertThat(out).doesNotContain("<", ">").contains("&lt;!here&gt;", "&lt;!subteam^S1|@team&gt;", "a &lt; b &amp; c &gt; d");
  }

  @Test
  void mrkdwn_leavesCodeBlocksAlone() {
    assertThat(SlackText.mrkdwn("```\n**not bold** <x>\n```")).isEqualTo("```\n**not bold** &lt;x&gt;\n```");
  }

  @Test
  void plain_turnsSlackMarkupIntoText() {
    assertThat(SlackText.plain("hi <@U1|eve>, <@U2> in <#C1|it-help>: <!here> see <https://x.example/a?b=1&amp;c=2|this> or <mailto:it@example.com|it@example.com> &lt;3"))
        .isEqualTo("hi @eve, @U2 in #it-help: @here see this (https://x.example/a?b=1&c=2) or it@example.com <3");
    assertThat(SlackText.plain("<!subteam^S1|@it-team> <!date^1392734382^{date}|Feb 18, 2014>")).isEqualTo("@it-team Feb 18, 2014");
  }

  @Test
  void withoutMention_removesOnlyTheBot() {
    assertThat(SlackText.withoutMention("<@UBOT> my vpn <@U2>", "UBOT")).isEqualTo("my vpn <@U2>");
  }

  @Test
  void pieces_splitAtLineBreaksWithinTheLimit() {
    String text = "a".repeat(40) + "\n" + "b".repeat(40) + "\n" + "c".repeat(10);

    assertThat(SlackText.pieces(text, 50)).containsExactly("a".repeat(40), "b".repeat(40), "c".repeat(10));
  }
}
