package dev.firstline.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.discord.FakeDiscord.Call;
import dev.firstline.kb.ArticleFiles;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge managers in Discord, end to end: real JDA against the fake Discord, on a real knowledge
 * base in a folder. {@code /helpdesk kb command:edit ID} opens a form on the file; its submission
 * answers privately with a preview and Publish, or with the problems, the text that was sent and
 * Edit again; Publish writes the file and the next answer uses it. Nobody else may.
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
  private static final String QUESTION = "my zebracorn gadget is acting up";
  private static final String EDITED = GUEST_WIFI.replace("title: Guest Wi-Fi", "title: Guest Wi-Fi for zebracorns")
      .replace("questions:\n", "questions:\n  - " + QUESTION + "\n");
  private static final List<String> MANAGER = List.of(Server.KNOWLEDGE_MANAGER);

  @TempDir Path dir;
  private LuceneKnowledgeBase kb;
  private Harness h;

  @BeforeEach
  void start() throws Exception {
    Files.writeString(dir.resolve("guest-wifi.md"), GUEST_WIFI);
    Files.writeString(dir.resolve("printer-jam.md"), GUEST_WIFI.replace("guest-wifi", "printer-jam").replace("Guest Wi-Fi", "Clear a paper jam")
        .replace("how do visitors get on the wifi", "the printer says paper jam"));
    kb = LuceneKnowledgeBase.open(dir);
    assertThat(kb.problems()).isEmpty();
    h = new Harness(kb, staff -> new CurationCommands(new Curation(new ArticleFiles(kb), staff, kb), Clock.systemUTC()));
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
    kb.close();
  }

  /** The one text input of a form sent as an interaction callback. */
  private static DataObject input(Call form) {
    return form.data().getArray("components").getObject(0).getObject("component");
  }

  private String kb(DataObject user, List<String> roles, String command) {
    return h.slashInGuild(Server.HELP, user, roles, "kb", Curators.OPTION, command);
  }

  @Test
  void manager_editsInTheForm_seesThePreview_publishes_andTheNextAnswerUsesIt() throws IOException {
    Call form = h.callback(kb(Server.KIM, MANAGER, "edit guest-wifi"));

    assertThat(form.body().getInt("type")).as("a form, at once").isEqualTo(9);
    assertThat(form.data().getString("custom_id")).isEqualTo("kbform:edit:guest-wifi");
    assertThat(form.data().getString("title")).isEqualTo("Edit guest-wifi");
    assertThat(input(form).getString("custom_id")).isEqualTo(Curators.FILE);
    assertThat(input(form).getString("value")).isEqualTo(GUEST_WIFI);
    assertThat(input(form).getInt("max_length")).isEqualTo(4000);

    Call preview = h.callback(h.submitForm(Server.HELP, Server.KIM, MANAGER, "kbform:edit:guest-wifi", Curators.FILE, EDITED));

    assertThat(preview.data().getInt("flags", 0) & 64).as("only Kim sees it").isEqualTo(64);
    assertThat(preview.data().getString("content")).startsWith("Preview of 'guest-wifi', not published yet:").contains("**Guest Wi-Fi for zebracorns**");
    List<String> buttons = preview.callbackButtonIds();
    assertThat(buttons).hasSize(2);
    assertThat(buttons.get(0)).startsWith("kb:publish:");
    assertThat(buttons.get(1)).startsWith("kb:edit:");
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).as("nothing is published by a preview").isEqualTo(GUEST_WIFI);

    String publish = h.pressInGuild(Server.HELP, Server.KIM, MANAGER, buttons.get(0));

    assertThat(h.answerTo(publish).content()).isEqualTo("Saved 'guest-wifi'; the next answer uses it.");
    assertThat(h.callback(publish).data().getInt("flags", 0) & 64).isEqualTo(64);
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(EDITED);
    h.dm(Server.ANA, QUESTION);
    h.posted(h.dmChannel(Server.ANA), "**Guest Wi-Fi for zebracorns**");
    Call commands = h.discord.await("PUT", "applications/" + FakeDiscord.APP_ID + "/guilds/" + Server.GUILD + "/commands");
    assertThat(commands.raw()).contains("\"name\":\"kb\"").contains("\"name\":\"" + Curators.OPTION + "\"");
  }

  @Test
  void invalidFile_showsTheProblemWithItsLine_andWhatWasSent_andEditAgainReopensTheFormWithIt() throws IOException {
    h.callback(kb(Server.KIM, MANAGER, "edit guest-wifi"));
    String broken = EDITED.replace("escalate: false", "escalate: sometimes");
    int line = List.of(broken.split("\n")).indexOf("escalate: sometimes") + 1;

    String submit = h.submitForm(Server.HELP, Server.KIM, MANAGER, "kbform:edit:guest-wifi", Curators.FILE, broken);
    Call refused = h.callback(submit);

    assertThat(refused.data().getInt("flags", 0) & 64).isEqualTo(64);
    assertThat(refused.data().getString("content"))
        .startsWith("'guest-wifi' is not valid:\nguest-wifi.md:" + line + ": 'escalate' must be true or false but was 'sometimes'")
        .contains("Nothing was published.");
    List<String> buttons = refused.callbackButtonIds();
    assertThat(buttons).singleElement().asString().startsWith("kb:edit:");
    Call sent = h.discord.await("POST", "webhooks/" + FakeDiscord.APP_ID + "/tok-" + submit, c -> c.content().startsWith("```"));
    assertThat(sent.content()).isEqualTo("```\n" + broken + "```");
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(GUEST_WIFI);

    Call again = h.callback(h.pressInGuild(Server.HELP, Server.KIM, MANAGER, buttons.getFirst()));

    assertThat(again.body().getInt("type")).isEqualTo(9);
    assertThat(input(again).getString("value")).isEqualTo(broken);
    h.dm(Server.ANA, "how do visitors get on the wifi");
    h.posted(h.dmChannel(Server.ANA), "**Guest Wi-Fi**");
  }

  @Test
  void nonManager_isRefusedPrivately_andCannotPublishSomeoneElsesFile() throws IOException {
    Call refused = h.callback(kb(Server.EVE, List.of(Server.SECOND_LINE), "edit guest-wifi"));

    assertThat(refused.body().getInt("type")).isEqualTo(4);
    assertThat(refused.data().getString("content")).isEqualTo("Only knowledge managers may work on articles.");
    assertThat(refused.data().getInt("flags", 0) & 64).isEqualTo(64);

    Call preview = h.callback(h.submitForm(Server.HELP, Server.KIM, MANAGER, "kbform:edit:guest-wifi", Curators.FILE, EDITED));
    String publish = preview.callbackButtonIds().getFirst();
    Call byEve = h.callback(h.pressInGuild(Server.HELP, Server.EVE, List.of(Server.SECOND_LINE), publish));
    assertThat(byEve.data().getString("content")).isEqualTo("Only the person who sent this file can publish it.");
    Call formByEve = h.callback(h.submitForm(Server.HELP, Server.EVE, List.of(Server.SECOND_LINE), "kbform:edit:guest-wifi", Curators.FILE, EDITED));
    assertThat(formByEve.data().getString("content")).startsWith("Only knowledge managers may work on articles.");
    assertThat(Files.readString(dir.resolve("guest-wifi.md"))).isEqualTo(GUEST_WIFI);
  }

  @Test
  void showNewAndRetire_answerPrivately() {
    Call shown = h.callback(kb(Server.KIM, MANAGER, "show guest-wifi"));
    assertThat(shown.data().getString("content")).isEqualTo("```\n" + GUEST_WIFI + "```");

    Call template = h.callback(kb(Server.KIM, MANAGER, "new zebracorn-care"));
    assertThat(template.data().getString("custom_id")).isEqualTo("kbform:new:zebracorn-care");
    String filled = input(template).getString("value").replace("title:\n", "title: Look after your zebracorn\n")
        .replace("  -\n", "  - " + QUESTION + "\n").replace("owner:\n", "owner: service-desk\n");
    Call preview = h.callback(h.submitForm(Server.HELP, Server.KIM, MANAGER, "kbform:new:zebracorn-care", Curators.FILE, filled));
    String publish = h.pressInGuild(Server.HELP, Server.KIM, MANAGER, preview.callbackButtonIds().getFirst());
    assertThat(h.answerTo(publish).content()).isEqualTo("Saved 'zebracorn-care'; the next answer uses it.");
    h.dm(Server.ANA, QUESTION);
    h.posted(h.dmChannel(Server.ANA), "**Look after your zebracorn**");

    Call retired = h.callback(kb(Server.KIM, MANAGER, "retire zebracorn-care"));
    assertThat(retired.data().getString("content")).startsWith("Retired 'zebracorn-care': it no longer answers.");
    assertThat(dir.resolve("retired/zebracorn-care.md")).exists();
    assertThat(kb.article("zebracorn-care")).isEmpty();
  }
}
