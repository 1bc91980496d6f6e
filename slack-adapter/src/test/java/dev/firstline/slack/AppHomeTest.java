package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.ANA_DM;
import static dev.firstline.slack.SlackWorld.EVE;
import static dev.firstline.slack.SlackWorld.SAM;
import static dev.firstline.slack.SlackWorld.VPN_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firstline.core.model.TicketStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * App Home end to end: opening the tab publishes it ({@code views.publish}); a requester sees their
 * tickets, an engineer the unclaimed tickets of their line with deadlines counting down and a Claim
 * button that claims through the desk.
 */
class AppHomeTest {

  private SlackWorld world;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    world = new SlackWorld();
    slack = world.slack;
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  /** Opens the person's Home tab and returns the view published for them afterwards. */
  private JsonObject opens(String user, Predicate<String> showing) {
    slack.event("Ev-home-" + System.nanoTime(), 0, FakeSlack.appHomeOpened(user, "home"));
    return published(user, showing);
  }

  private JsonObject published(String user, Predicate<String> showing) {
    FakeSlack.Call call = slack.await("views.publish", c -> c.param("user_id").equals(user) && showing.test(String.join("\n", texts(view(c)))));
    return view(call);
  }

  private static JsonObject view(FakeSlack.Call call) {
    return JsonParser.parseString(call.param("view")).getAsJsonObject();
  }

  /** Every text in the view (sections, headers, contexts, button labels), in order. */
  private static List<String> texts(JsonElement e) {
    List<String> texts = new ArrayList<>();
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> texts.addAll(texts(x)));
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (String key : o.keySet()) {
        JsonElement v = o.get(key);
        if (key.equals("text") && v.isJsonPrimitive()) {
          texts.add(v.getAsString());
        } else {
          texts.addAll(texts(v));
        }
      }
    }
    return texts;
  }

  private static String all(JsonObject view) {
    return String.join("\n", texts(view));
  }

  /** The buttons of the view: action id and value. */
  private static List<String> buttons(JsonObject view) {
    List<String> buttons = new ArrayList<>();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (b.has("accessory") && b.getAsJsonObject("accessory").get("type").getAsString().equals("button")) {
        JsonObject button = b.getAsJsonObject("accessory");
        buttons.add(button.get("action_id").getAsString() + " " + button.get("value").getAsString());
      }
    }
    return buttons;
  }

  private static boolean allMrkdwnVerbatim(JsonElement e) {
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        if (!allMrkdwnVerbatim(x)) {
          return false;
        }
      }
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("type") && o.get("type").isJsonPrimitive() && o.get("type").getAsString().equals("mrkdwn")
          && !(o.has("verbatim") && o.get("verbatim").getAsBoolean())) {
        return false;
      }
      for (String key : o.keySet()) {
        if (!allMrkdwnVerbatim(o.get(key))) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void aRequesterWithoutTickets_seesAFriendlyEmptyStateWithAHint() {
    JsonObject home = opens(ANA, t -> t.contains("no tickets"));

    assertThat(home.get("type").getAsString()).isEqualTo("home");
    assertThat(all(home)).contains("Your IT tickets", "You have no tickets", "/helpdesk");
    assertThat(buttons(home)).isEmpty();
  }

  @Test
  void aRequester_seesTheirTicketWithItsStatusQueueAndSummary() {
    world.anaEscalates();

    JsonObject home = opens(ANA, t -> t.contains("HD-1"));

    String text = all(home);
    assertThat(text).contains("*HD-1* · waiting for an engineer · network", VPN_QUESTION, "<!date^");
    assertThat(buttons(home)).as("a requester gets no staff buttons").isEmpty();
    assertThat(allMrkdwnVerbatim(home)).isTrue();
  }

  @Test
  void theMessagesTab_publishesNothing() {
    slack.event("Ev-messages-tab", 0, FakeSlack.appHomeOpened(ANA, "messages"));
    opens(EVE, t -> true);

    assertThat(slack.calls("views.publish", c -> c.param("user_id").equals(ANA))).isEmpty();
  }

  @Test
  void anEngineer_seesTheUnclaimedTicketWithItsDeadlinesCountingDown_andClaimsItFromHome() {
    FakeSlack.Call summary = world.anaEscalates();

    // Monday 09:00: a normal ticket must be claimed in 2 h and resolved in 20 h of desk time (Wednesday 09:00)
    JsonObject home = opens(EVE, t -> t.contains("HD-1"));
    String text = all(home);
    assertThat(text).contains("IT queue: 2nd line", "*Yours* (0)", "Waiting to be claimed* (1)", "*HD-1* · network · 2nd line",
        "From Ana", VPN_QUESTION, "Claim in 2 h", "Resolve in 2 d", "<!date^");
    assertThat(buttons(home)).containsExactly("fl.desk.claim:HD-1 claim:HD-1");
    assertThat(allMrkdwnVerbatim(home)).isTrue();

    // a 3rd-line engineer does not see a 2nd-line ticket
    assertThat(all(opens(SAM, t -> t.contains("IT queue")))).contains("Waiting to be claimed* (0)").doesNotContain("HD-1");

    // later it is overdue, and opening the tab again shows it
    world.clock.advance(Duration.ofHours(2).plusMinutes(25));
    assertThat(all(opens(EVE, t -> t.contains("overdue")))).contains("Claim overdue by 25 min", "Resolve in 45 h");

    // the Claim button in the tab claims through the desk, and the tab is drawn again
    slack.homeAction(EVE, "fl.desk.claim:HD-1", "claim:HD-1");
    JsonObject after = published(EVE, t -> t.contains("You have HD-1."));
    assertThat(all(after)).contains("Yours* (1)", "*HD-1* · network · 2nd line · normal · claimed", "Resolve in 45 h", "Waiting to be claimed* (0)")
        .doesNotContain("Claim overdue");
    assertThat(buttons(after)).isEmpty();
    assertThat(world.onlyTicket().status()).isEqualTo(TicketStatus.CLAIMED);
    assertThat(world.onlyTicket().assignee().displayName()).isEqualTo("Eve");
    slack.await("chat.update", c -> c.param("ts").equals(summary.ts()) && c.param("text").contains("claimed by Eve"));
    slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("Eve from the network team"));
  }
}
