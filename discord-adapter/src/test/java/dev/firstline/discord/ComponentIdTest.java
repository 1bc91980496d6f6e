package dev.firstline.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import org.junit.jupiter.api.Test;

class ComponentIdTest {

  @Test
  void requesterIds_roundTrip_withTheirConversation() {
    ConversationRef dm = ConversationRef.direct(DiscordAdapter.PLATFORM, "501");
    ConversationRef thread = new ConversationRef(DiscordAdapter.PLATFORM, "201", "777");
    ConversationRef channel = new ConversationRef(DiscordAdapter.PLATFORM, "201", "");

    for (ConversationRef where : new ConversationRef[] {dm, thread, channel}) {
      ComponentId id = ComponentId.forRequester(ComponentId.CHOOSE, "501", where, "vpn-connect");
      ComponentId back = ComponentId.parse(id.toString()).orElseThrow();
      assertThat(back).isEqualTo(id);
      assertThat(back.where()).isEqualTo(where);
    }
    assertThat(ComponentId.forRequester(ComponentId.FEEDBACK, "501", dm, "FIXED")).hasToString("fb:501:d:FIXED");
  }

  @Test
  void deskActionIds_keepTheirColons() {
    ComponentId id = ComponentId.parse("act:rate:HD-42:5").orElseThrow();
    assertThat(id.kind()).isEqualTo(ComponentId.ACT);
    assertThat(id.value()).isEqualTo("rate:HD-42:5");
    assertThat(id).hasToString("act:rate:HD-42:5");
  }

  @Test
  void foreignIds_areNotOurs() {
    assertThat(ComponentId.parse("something")).isEmpty();
    assertThat(ComponentId.parse("other:thing")).isEmpty();
    assertThat(ComponentId.parse("fb:501:d")).isEmpty();
  }
}
