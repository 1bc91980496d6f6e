package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.EVE;
import static dev.firstline.slack.SlackWorld.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.kb.ArticleFiles;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge managers in Slack, end to end through real Bolt and Socket Mode on a real knowledge
 * base in a folder: {@code /helpdesk kb edit} opens the editor modal on the file, a submit shows the
 * problems on the input or a preview, the next submit publishes the file and the next answer uses
 * it; everybody else is refused.
 */
class CuratorFlowTest {

  private static final String GUEST_WIFI = """
      ---
      id: guest-wifi
      title: Guest Wi-Fi
      tags: [wifi, guest]
      questions:
        - how do visitors get on the wifi
      queue: network
      escalate: false
      owner: service-desk
      updated: 2026-01-01
      ---
      Visitors join **Acme-Guest** and accept the terms.
      """;
  private static final String PRINTER_JAM = """
      ---
      id: printer-jam
      title: Clear a paper jam
      tags: [printer, jam]
      questions:
        - the printer says paper jam
      queue: endpoint
      escalate: false
      owner: service-desk
      updated: 2026-01-01
      ---
      Open the front door, pull the paper out gently and close it again.
      """;
  private static final String QUESTION = "my zebracorn gadget is acting up";
  private static final String EDITED = GUEST_WIFI.replace("title: Guest Wi-Fi", "title: Guest Wi-Fi for zebracorns")
      .replace("questions:\n", "questions:\n  - " + QUESTION + "\n");

  @TempDir Path dir;
  private LuceneKnowledgeBase kb;
  private SlackWorld world;
  private FakeSlack slack;

  @BeforeEach
  void start() throws Exception {
    Files.writeString(dir.resolve("guest-wifi.md"), GUEST_WIFI);
    Files.writeString(dir.resolve("printer-jam.md"), PRINTER_JAM);
    Files.writeString(dir.resolve("long-read.md"), PRINTER_JAM.replace("printer-jam", "long-read") + "More detail.\n".repeat(300));
    kb = LuceneKnowledgeBase.open(dir);
    assertThat(kb.problems()).isEmpty();
    world = new SlackWorld(kb, staff -> new CurationCommands(new Curation(new ArticleFiles(kb), staff, kb), Clock.systemUTC()));
    slack = world.slack;
  }

  @AfterEach
  void stop() {
    world.close();
    kb.close();
  }

  private static JsonObject view(FakeSlack.Call call) {
    return JsonParser.parseString(call.param("view")).getAsJsonObject();
  }

  /** The editor's one input block. */
  private static JsonObject input(JsonObject view) {
    for (var block : view.getAsJsonArray("blocks")) {
      if (block.getAsJsonObject().get("type").getAsString().equals("input")) {
        return block.getAsJsonObject();
      }
    }
    throw new AssertionError("no input block in " + view);
  }

  /** Submits the editor as it is shown in {@code view}, with {@code file} typed in; returns the acknowledgement's payload. */
  private JsonObject submit(String user, JsonObject view, String file) {
    String envelope = slack.viewSubmission(user, EditorModal.CALLBACK, view.get("private_metadata").getAsString(),
        input(view).get("block_id").getAsString(), EditorModal.FILE, file);
    return slack.ackPayload(envelope);
  }

  private JsonObject kimOpensTheEditorOfGuestWifi() {
    slack.command(KIM, "C-GENERAL", "kb edit guest-wifi", slack.responseUrl("kb-edit"));
    return view(slack.await("views.open", c -> true));
  }

  @Test
  void manager_editsInTheModal_seesThePreview_publishes_andTheNextAnswerUsesIt() throws IOException {
    JsonObject editor = kimOpensTheEditorOfGuestWifi();

    assertThat(editor.get("callback_id").getAsString()).isEqualTo(EditorModal.CALLBACK);
    assertThat(editor.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Edit guest-wifi");
    assertThat(editor.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Preview");
    JsonObject element = input(editor).getAsJsonObject("element");
    assertThat(element.get("initial_value").getAsString()).isEqualTo(GUEST_WIFI);
    assertThat(element.get("multiline").getAsBoolean()).isTrue();
    assertThat(element.get("max_length").getAsInt()).isEqualTo(3000);

    JsonObject preview = submit(KIM, editor, EDITED);

    assertThat(preview.get("response_action").getAsString()).isEqualTo("update");
    JsonObject previewed = preview.getAsJsonObject("view");
    assertThat(previewed.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Publish");
    assertThat(previewed.toString()).contains("Preview of 'guest-wifi', not published yet", "*Guest Wi-Fi for zebracorns*", "Visitors join *Acme-Guest*");
    assertThat(input(previewed).getAsJsonObject("element").get("initial_value").getAsString()).isEqualTo(EDITED);
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).as("nothing is published by a preview").isEqualTo(GUEST_WIFI);

    JsonObject published = submit(KIM, previewed, EDITED);

    assertThat(published.get("response_action").getAsString()).isEqualTo("update");
    assertThat(published.getAsJsonObject("view").toString()).contains("Saved 'guest-wifi'; the next answer uses it.");
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(EDITED);
    FakeSlack.Call answer = world.anaAsksInDirectMessage(QUESTION);
    assertThat(Blocks.texts(answer).get(0)).isEqualTo("Guest Wi-Fi for zebracorns");
  }

  @Test
  void invalidFile_staysInTheModal_withTheProblemAndItsLine_andThePreviousVersionKeepsAnswering() throws IOException {
    JsonObject editor = kimOpensTheEditorOfGuestWifi();
    String broken = EDITED.replace("escalate: false", "escalate: sometimes");
    int line = List.of(broken.split("\n")).indexOf("escalate: sometimes") + 1;

    JsonObject refused = submit(KIM, editor, broken);

    assertThat(refused.get("response_action").getAsString()).isEqualTo("errors");
    String block = input(editor).get("block_id").getAsString();
    assertThat(refused.getAsJsonObject("errors").get(block).getAsString())
        .isEqualTo("'guest-wifi' is not valid:\nguest-wifi.md:" + line + ": 'escalate' must be true or false but was 'sometimes'");

    // a file changed after its preview is checked again, not published
    JsonObject previewed = submit(KIM, editor, EDITED).getAsJsonObject("view");
    JsonObject refusedAgain = submit(KIM, previewed, broken);
    assertThat(refusedAgain.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(refusedAgain.getAsJsonObject("errors").get(input(previewed).get("block_id").getAsString()).getAsString()).contains("'escalate' must be true or false");

    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(GUEST_WIFI);
    assertThat(Blocks.texts(world.anaAsksInDirectMessage("how do visitors get on the wifi")).get(0)).isEqualTo("Guest Wi-Fi");
  }

  @Test
  void nonManager_isRefusedPrivately_andNoEditorOpens() throws IOException {
    slack.command(EVE, "C-GENERAL", "kb edit guest-wifi", slack.responseUrl("eve"));

    String refusal = slack.awaitResponse(r -> r.contains("Only knowledge managers"));
    assertThat(refusal).contains("\"response_type\":\"ephemeral\"");
    JsonObject editor = kimOpensTheEditorOfGuestWifi();
    JsonObject submittedByEve = submit(EVE, editor, EDITED);
    assertThat(submittedByEve.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(submittedByEve.toString()).contains("Only knowledge managers may work on articles.");
    assertThat(slack.calls("views.open")).hasSize(1);
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(GUEST_WIFI);
  }

  @Test
  void showSearchNewAndRetire_answerPrivately_andALongArticleIsLeftToTheFolder() throws IOException {
    slack.command(KIM, "C-GENERAL", "kb show guest-wifi", slack.responseUrl("show"));
    String shown = slack.awaitResponse(r -> r.contains("guest-wifi.md"));
    assertThat(shown).contains("```\\n---\\nid: guest-wifi\\ntitle: Guest Wi-Fi\\n").contains("\"response_type\":\"ephemeral\"");

    slack.command(KIM, "C-GENERAL", "kb search visitors wifi", slack.responseUrl("search"));
    assertThat(slack.awaitResponse(r -> r.contains("best first"))).contains("`guest-wifi` Guest Wi-Fi (0.");

    slack.command(KIM, "C-GENERAL", "kb edit long-read", slack.responseUrl("long"));
    assertThat(slack.awaitResponse(r -> r.contains("long-read"))).contains("takes at most 3000", "through git");

    slack.command(KIM, "C-GENERAL", "kb new zebracorn-care", slack.responseUrl("new"));
    JsonObject template = view(slack.await("views.open", c -> true));
    assertThat(template.getAsJsonObject("title").get("text").getAsString()).isEqualTo("New zebracorn-care");
    String filled = input(template).getAsJsonObject("element").get("initial_value").getAsString()
        .replace("title:\n", "title: Look after your zebracorn\n").replace("  -\n", "  - " + QUESTION + "\n").replace("owner:\n", "owner: service-desk\n");
    JsonObject previewed = submit(KIM, template, filled).getAsJsonObject("view");
    assertThat(submit(KIM, previewed, filled).toString()).contains("Saved 'zebracorn-care'");
    assertThat(Blocks.texts(world.anaAsksInDirectMessage(QUESTION)).get(0)).isEqualTo("Look after your zebracorn");

    slack.command(KIM, "C-GENERAL", "kb retire zebracorn-care", slack.responseUrl("retire"));
    String retired = slack.awaitResponse(r -> r.contains("Retired"));
    assertThat(JsonParser.parseString(retired).getAsJsonObject().get("text").getAsString()).startsWith("Retired 'zebracorn-care': it no longer answers.");
    assertThat(dir.resolve("retired/zebracorn-care.md")).exists();
    assertThat(kb.article("zebracorn-care")).isEmpty();

    slack.command(ANA, "C-GENERAL", "kb is slow since the update", slack.responseUrl("question"));
    slack.await("conversations.open", c -> c.param("users").equals(ANA)); // not a kb command: a question, answered in her DM
  }
}
