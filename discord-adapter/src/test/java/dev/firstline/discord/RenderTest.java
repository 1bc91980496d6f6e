package dev.firstline.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Action;
import dev.firstline.core.model.OutgoingMessage;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class RenderTest {

  @Test
  void cut_prefersLineBreaks_andNeverExceedsTheLimit() {
    assertThat(Render.cut("short", 10)).isEqualTo("short");
    assertThat(Render.cut("line one\nline two", 12)).isEqualTo("line one");
    assertThat(Render.cut("x".repeat(50), 20)).hasSize(20);
  }

  @Test
  void chunks_coverTheWholeText() {
    String text = IntStream.range(0, 500).mapToObj(i -> "step " + i).reduce((a, b) -> a + "\n" + b).orElseThrow();
    List<String> chunks = Render.chunks(text);
    assertThat(chunks).hasSizeGreaterThan(1).allMatch(c -> c.length() <= Render.MAX_CONTENT);
    assertThat(String.join("\n", chunks)).isEqualTo(text);
  }

  @Test
  void outgoing_putsActionsInRowsOfFive_withMentionsOff() {
    List<Action> actions = IntStream.rangeClosed(1, 7).mapToObj(i -> new Action("rate:HD-1:" + i, "r" + i)).toList();
    MessageCreateData data = Render.outgoing(new OutgoingMessage("x".repeat(3000) + " @everyone", actions));
    assertThat(data.getContent()).hasSizeLessThanOrEqualTo(2000);
    assertThat(data.getComponents()).hasSize(2);
    assertThat(data.getAllowedMentions()).isEmpty();
  }
}
