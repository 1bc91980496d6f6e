package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.ANA_DM;
import static dev.firstline.slack.SlackWorld.EVE;
import static dev.firstline.slack.SlackWorld.OMAR;
import static dev.firstline.slack.SlackWorld.VPN_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketStatus;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff in Slack, end to end through real Bolt and Socket Mode: the staff thread, claiming, relay
 * both ways with internal notes, the resolve modal, the requester's rating, and no pings.
 */
class StaffFlowTest {

  private static final Pattern PING = Pattern.compile("<!|@(here|channel|everyone)\\b");

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

  private void eveClaims(FakeSlack.Call summary) {
    slack.blockAction(EVE, "C-NET", summary.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");
    slack.await("chat.postEphemeral", c -> c.param("user").equals(EVE) && c.param("text").contains("You have HD-1"));
  }

  @Test
  void talkToAPerson_opensTheTicketAndPostsTheStaffThread_andTwoClaimsAtOnceGiveOneOwner() {
    FakeSlack.Call summary = world.anaEscalates();

    assertThat(summary.param("thread_ts")).isEmpty();
    assertThat(summary.param("text")).contains("*HD-1*", "network", "From *Ana*", VPN_QUESTION);
    assertThat(Blocks.actionIds(summary)).containsExactly(
        "fl.desk.claim:HD-1", "fl.desk.transfer:HD-1", "fl.desk.third-line:HD-1", "fl.desk.ask:HD-1", "fl.desk.resolve:HD-1");
    Ticket ticket = world.onlyTicket();
    assertThat(ticket.staff()).isNotNull();
    assertThat(ticket.staff().thread().channelId()).isEqualTo("C-NET");
    assertThat(ticket.staff().thread().threadId()).isEqualTo(summary.ts());

    slack.blockAction(EVE, "C-NET", summary.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");
    slack.blockAction(OMAR, "C-NET", summary.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");

    List<FakeSlack.Call> told = slack.await("chat.postEphemeral", c -> c.param("channel").equals("C-NET"), 2);
    Ticket claimed = world.store.find(ticket.id()).orElseThrow();
    assertThat(claimed.status()).isEqualTo(TicketStatus.CLAIMED);
    String owner = claimed.assignee().displayName();
    assertThat(owner).isIn("Eve", "Omar");
    assertThat(told).extracting(c -> c.param("text")).satisfiesExactlyInAnyOrder(
        t -> assertThat(t).isEqualTo("You have HD-1."),
        t -> assertThat(t).isEqualTo(owner + " already has HD-1."));
    List<FakeSlack.Call> updates = slack.calls("chat.update", c -> c.param("ts").equals(summary.ts()));
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).param("channel")).isEqualTo("C-NET");
    assertThat(updates.get(0).param("text")).contains("claimed by " + owner);
    assertThat(Blocks.actionIds(updates.get(0))).startsWith("fl.desk.unclaim:HD-1");
    slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains(owner + " from the network team"));
  }

  @Test
  void relayWorksBothWays_notesStayInternal_andResolveThroughTheModalReachesTheRequesterWithRatingButtons() {
    FakeSlack.Call summary = world.anaEscalates();
    eveClaims(summary);

    // staff -> requester
    String eveTs = world.nextTs();
    slack.event("Ev-eve-1", 0, FakeSlack.threadMessage(EVE, "C-NET", summary.ts(), "Could you restart the laptop &amp; try again?", eveTs));
    FakeSlack.Call relayed = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("restart the laptop"));
    assertThat(relayed.param("text")).isEqualTo("*Eve* (IT, HD-1): Could you restart the laptop &amp; try again?");
    slack.await("reactions.add", c -> c.param("timestamp").equals(eveTs) && c.param("name").equals("white_check_mark"));

    // a // note stays with staff
    String noteTs = world.nextTs();
    slack.event("Ev-eve-2", 0, FakeSlack.threadMessage(EVE, "C-NET", summary.ts(), "// gateway logs show a certificate error", noteTs));
    slack.await("reactions.add", c -> c.param("timestamp").equals(noteTs) && c.param("name").equals("memo"));

    // requester -> staff
    world.anaAsksInDirectMessage("I restarted it and it still fails");
    FakeSlack.Call toStaff = slack.await("chat.postMessage", c -> c.param("channel").equals("C-NET") && c.param("thread_ts").equals(summary.ts()));
    assertThat(toStaff.param("text")).isEqualTo("*Ana* (requester): I restarted it and it still fails");
    assertThat(slack.calls("chat.postMessage", c -> c.param("channel").equals(ANA_DM))).noneMatch(c -> c.allText().contains("certificate"));
    assertThat(world.store.history(world.onlyTicket().id())).anyMatch(e -> e.kind() == EventKind.INTERNAL_NOTE && e.detail().contains("certificate"));

    // resolve: the button opens a modal, its submission resolves
    slack.blockAction(EVE, "C-NET", summary.ts(), null, "fl.desk.resolve:HD-1", "resolve:HD-1");
    FakeSlack.Call modal = slack.await("views.open", c -> true);
    JsonObject view = JsonParser.parseString(modal.param("view")).getAsJsonObject();
    assertThat(modal.param("trigger_id")).startsWith("trigger-");
    assertThat(view.get("callback_id").getAsString()).isEqualTo(Staff.MODAL);
    assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Resolve HD-1");
    assertThat(world.onlyTicket().status()).as("nothing happens before the modal is submitted").isEqualTo(TicketStatus.CLAIMED);
    slack.viewSubmission(EVE, Staff.MODAL, view.get("private_metadata").getAsString(), Staff.INPUT_BLOCK, Staff.INPUT_ACTION,
        "Renewed the laptop's VPN certificate.");

    FakeSlack.Call resolved = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("is resolved"));
    assertThat(resolved.param("text")).contains("Renewed the laptop's VPN certificate.");
    assertThat(Blocks.actionIds(resolved)).containsExactly(
        "fl.desk.rate:HD-1:1", "fl.desk.rate:HD-1:2", "fl.desk.rate:HD-1:3", "fl.desk.rate:HD-1:4", "fl.desk.rate:HD-1:5");
    assertThat(world.store.find(world.onlyTicket().id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    slack.await("chat.postEphemeral", c -> c.param("user").equals(EVE) && c.param("text").equals("Resolved HD-1."));
    slack.await("chat.update", c -> c.param("ts").equals(summary.ts()) && c.param("text").contains("Resolution: Renewed"));

    // the requester rates it
    slack.blockAction(ANA, ANA_DM, resolved.ts(), null, "fl.desk.rate:HD-1:5", Blocks.button(resolved, "fl.desk.rate:HD-1:5").orElseThrow().value());
    slack.await("chat.postEphemeral", c -> c.param("user").equals(ANA) && c.param("text").contains("Thanks for the feedback"));
    assertThat(world.store.find(world.onlyTicket().id()).orElseThrow().satisfaction()).isEqualTo(5);
  }

  @Test
  void thirdLineTakesItsQueueFromAModal_andOnlyTheRightLineMayAct() {
    FakeSlack.Call summary = world.anaEscalates();

    slack.blockAction(ANA, "C-NET", summary.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");
    slack.await("chat.postEphemeral", c -> c.param("user").equals(ANA) && c.param("text").contains("only 2nd-line engineers can work on HD-1"));

    slack.blockAction(EVE, "C-NET", summary.ts(), null, "fl.desk.third-line:HD-1", "third-line:HD-1");
    JsonObject view = JsonParser.parseString(slack.await("views.open", c -> true).param("view")).getAsJsonObject();
    assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("3rd line HD-1");
    slack.viewSubmission(EVE, Staff.MODAL, view.get("private_metadata").getAsString(), Staff.INPUT_BLOCK, Staff.INPUT_ACTION, " servers ");

    FakeSlack.Call specialists = slack.await("chat.postMessage", c -> c.param("channel").equals("C-SRV") && c.param("thread_ts").isEmpty());
    assertThat(specialists.param("text")).contains("*HD-1*", "servers", "3rd line");
    assertThat(Blocks.actionIds(specialists)).doesNotContain("fl.desk.third-line:HD-1");
    slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("servers team (specialists)"));

    slack.blockAction(EVE, "C-SRV", specialists.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");
    slack.await("chat.postEphemeral", c -> c.param("user").equals(EVE) && c.param("text").contains("only 3rd-line engineers"));
    slack.blockAction(SlackWorld.SAM, "C-SRV", specialists.ts(), null, "fl.desk.claim:HD-1", "claim:HD-1");
    slack.await("chat.postEphemeral", c -> c.param("user").equals(SlackWorld.SAM) && c.param("text").equals("You have HD-1."));
    assertThat(world.onlyTicket().assignee().displayName()).isEqualTo("Sam");
  }

  @Test
  void relayedText_cannotPingAnyone() {
    FakeSlack.Call summary = world.anaEscalates();
    eveClaims(summary);

    slack.event("Ev-ping-1", 0, FakeSlack.threadMessage(EVE, "C-NET", summary.ts(),
        "<!here> <!channel> <!everyone> <!subteam^S0123|@it-team> @everyone &lt;!here&gt; is fixed?", world.nextTs()));
    FakeSlack.Call toAna = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("is fixed?"));

    world.anaAsksInDirectMessage("nope <!channel> @here &lt;!everyone&gt; still down");
    FakeSlack.Call toStaff = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(summary.ts()) && c.param("text").contains("still down"));

    for (FakeSlack.Call call : List.of(toAna, toStaff)) {
      assertThat(call.allText()).doesNotContainPattern(PING);
      assertThat(call.param("link_names")).isNotEqualTo("true").isNotEqualTo("1");
      assertThat(Blocks.allMrkdwnVerbatim(call)).isTrue();
    }
    assertThat(toAna.param("text")).contains("@\u200Bhere", "@\u200Bchannel", "@\u200Beveryone");
    assertThat(toStaff.param("text")).contains("@\u200Bchannel", "@\u200Bhere", "@\u200Beveryone");
  }
}
