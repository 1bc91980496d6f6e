package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.CurationCommands.OpenEditor;
import dev.firstline.core.CurationCommands.Result;
import dev.firstline.core.CurationCommands.Say;
import dev.firstline.core.CurationCommands.ShowFile;
import dev.firstline.core.CurationCommands.Surface;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.model.UserRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kb} commands every chat shares, on a copy of the bundled knowledge base. */
class CurationCommandsTest {

  private static final UserRef KIM = UserRef.of("local", "kim", "Kim");
  private static final UserRef EVE = UserRef.of("local", "eve", "Eve");
  private static final Surface CHAT = new Surface("/helpdesk kb", 100_000);
  private static final String QUESTION = "my zebracorn gadget is acting up";

  @TempDir Path dir;
  private LuceneKnowledgeBase kb;
  private CurationCommands commands;

  @BeforeEach
  void copyBundledKnowledgeBase() throws IOException {
    BundledKnowledgeBaseTest.copyTo(dir);
    kb = LuceneKnowledgeBase.open(dir);
    Curation curation = new Curation(new ArticleFiles(kb), p -> p.id().equals("kim") ? Set.of(Role.KNOWLEDGE_MANAGER) : Set.of(Role.SECOND_LINE), kb);
    commands = new CurationCommands(curation, Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    kb.close();
  }

  private String top(String question) {
    List<SearchHit> hits = kb.search(question, 1);
    return hits.isEmpty() ? "" : hits.getFirst().article().id();
  }

  private String said(Result result) {
    assertThat(result).isInstanceOf(Say.class);
    return ((Say) result).text();
  }

  @Test
  void isCommand_kbAloneOrWithAVerb_butNotAQuestionThatStartsWithKb() {
    assertThat(CurationCommands.isCommand("kb")).isTrue();
    assertThat(CurationCommands.isCommand("  KB Edit vpn-connect")).isTrue();
    assertThat(CurationCommands.isCommand("kb search my vpn drops")).isTrue();
    assertThat(CurationCommands.isCommand("kb is slow after the update")).isFalse();
    assertThat(CurationCommands.isCommand("kbd layout wrong")).isFalse();
    assertThat(CurationCommands.isCommand("my kb edit")).isFalse();
  }

  @Test
  void everyCommand_byNonManager_isRefused() {
    for (String command : List.of("kb", "kb help", "kb search printer", "kb show printer-setup", "kb edit printer-setup", "kb new zebra",
        "kb history printer-setup", "kb restore printer-setup X", "kb retire printer-setup")) {
      assertThat(said(commands.run(EVE, command, CHAT))).as(command).isEqualTo("Only knowledge managers may work on articles.");
    }
    assertThat(kb.article("printer-setup")).isPresent();
  }

  @Test
  void helpAndMissingArguments_sayHowToWriteTheCommandHere() {
    assertThat(said(commands.run(KIM, "kb", CHAT))).contains("`/helpdesk kb edit ID`", "`/helpdesk kb retire ID`");
    assertThat(said(commands.run(KIM, "kb help", CHAT))).contains("`/helpdesk kb restore ID VERSION`");
    assertThat(said(commands.run(KIM, "kb edit", CHAT))).isEqualTo("Which article? For example: /helpdesk kb edit vpn-connect");
    assertThat(said(commands.run(KIM, "kb restore printer-setup", CHAT))).startsWith("Which article and version?");
    assertThat(said(commands.run(KIM, "kb search", CHAT))).startsWith("What should I search for?");
  }

  @Test
  void searchAndShow_findTheArticleAndShowItsFile() throws IOException {
    assertThat(said(commands.run(KIM, "kb search how do I add a printer to my laptop", CHAT))).contains("- `printer-setup` Add a printer (");

    Result shown = commands.run(KIM, "kb show Printer-Setup", CHAT);

    assertThat(shown).isEqualTo(new ShowFile("printer-setup", Files.readString(dir.resolve("printer-setup.md"))));
    assertThat(said(commands.run(KIM, "kb show no-such-article", CHAT))).isEqualTo("There is no article 'no-such-article'.");
  }

  @Test
  void edit_opensAnEditorOnTheFile_unlessItIsLongerThanTheEditorTakes() throws IOException {
    String file = Files.readString(dir.resolve("printer-setup.md"));

    assertThat(commands.run(KIM, "kb edit printer-setup", CHAT)).isEqualTo(new OpenEditor("printer-setup", false, file));

    String tooLong = said(commands.run(KIM, "kb edit printer-setup", new Surface("/helpdesk kb", 2000)));
    assertThat(file.length()).isGreaterThan(2000);
    assertThat(tooLong).isEqualTo("'printer-setup' is " + file.length() + " characters long, and the editor here takes at most 2000."
        + " Edit its file (printer-setup.md) in the knowledge-base folder or through git instead: the bot picks the change up at once.");
  }

  @Test
  void editorSubmission_previewsWithoutWriting_thenPublishes() throws IOException {
    String before = Files.readString(dir.resolve("printer-setup.md"));
    String edited = before.replaceFirst("questions:\n", "questions:\n  - " + QUESTION + "\n").replace("title: Add a printer", "title: Add a zebracorn printer");

    Curation.Outcome preview = commands.preview(KIM, "printer-setup", false, edited.replace("\n", "\r\n"));

    assertThat(preview.done()).as(preview.message()).isTrue();
    assertThat(preview.message()).startsWith("Preview of 'printer-setup', not published yet:\n\n**Add a zebracorn printer**\nqueue endpoint · 15 other question(s)")
        .contains("The offices use PaperCut").endsWith("…");
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(before);
    assertThat(top(QUESTION)).isNotEqualTo("printer-setup");

    Curation.Outcome published = commands.publish(KIM, "printer-setup", false, edited.stripTrailing());

    assertThat(published.message()).isEqualTo("Saved 'printer-setup'; the next answer uses it.");
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(edited);
    assertThat(top(QUESTION)).isEqualTo("printer-setup");
  }

  @Test
  void editorSubmission_broken_showsEachProblemWithItsLine_andTheOldArticleKeepsAnswering() throws IOException {
    String before = Files.readString(dir.resolve("printer-setup.md"));
    String broken = before.replace("escalate: false", "escalate: sometimes").replace("owner: service-desk", "ownr: service-desk");
    List<String> lines = List.of(broken.split("\n"));

    Curation.Outcome preview = commands.preview(KIM, "printer-setup", false, broken);
    Curation.Outcome published = commands.publish(KIM, "printer-setup", false, broken);

    for (Curation.Outcome outcome : List.of(preview, published)) {
      assertThat(outcome.done()).isFalse();
      assertThat(outcome.message()).contains(
          "printer-setup.md:" + (lines.indexOf("escalate: sometimes") + 1) + ": 'escalate' must be true or false but was 'sometimes'",
          "printer-setup.md:" + (lines.indexOf("ownr: service-desk") + 1) + ": unknown key 'ownr'");
    }
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(before);
    assertThat(top("how do I add a printer to my laptop")).isEqualTo("printer-setup");
  }

  @Test
  void new_opensTheTemplate_whichIsRefusedUntilFilledIn_thenTheArticleAnswers() {
    Result opened = commands.run(KIM, "kb new Zebracorn-Care", CHAT);

    assertThat(opened).isInstanceOf(OpenEditor.class);
    OpenEditor editor = (OpenEditor) opened;
    assertThat(editor.id()).isEqualTo("zebracorn-care");
    assertThat(editor.creating()).isTrue();
    assertThat(editor.file()).startsWith("---\nid: zebracorn-care\ntitle:\n").contains("updated: 2026-07-01\n");
    Curation.Outcome unfilled = commands.preview(KIM, "zebracorn-care", true, editor.file());
    assertThat(unfilled.done()).isFalse();
    assertThat(unfilled.message()).contains("zebracorn-care.md:3: 'title' must be a non-empty text", "zebracorn-care.md:9: 'owner' must be a non-empty text");

    String filled = editor.file().replace("title:\n", "title: Look after your zebracorn\n").replace("  -\n", "  - " + QUESTION + "\n")
        .replace("owner:\n", "owner: service-desk\n");
    assertThat(commands.preview(KIM, "zebracorn-care", true, filled).done()).isTrue();
    Curation.Outcome created = commands.publish(KIM, "zebracorn-care", true, filled);

    assertThat(created.message()).isEqualTo("Saved 'zebracorn-care'; the next answer uses it.");
    assertThat(top(QUESTION)).isEqualTo("zebracorn-care");
    assertThat(said(commands.run(KIM, "kb new zebracorn-care", CHAT))).isEqualTo("There is already an article 'zebracorn-care'; edit it, or choose another id.");
    assertThat(commands.preview(KIM, "zebracorn-care", true, filled).done()).as("created meanwhile").isFalse();
    assertThat(said(commands.run(KIM, "kb new Zebra_Care", CHAT))).contains("cannot be an article id");
  }

  @Test
  void retireHistoryAndRestore_throughTheCommands() {
    String question = "how do I add a printer to my laptop";

    assertThat(said(commands.run(KIM, "kb retire printer-setup", CHAT))).startsWith("Retired 'printer-setup': it no longer answers.");
    assertThat(top(question)).isNotEqualTo("printer-setup");
    String history = said(commands.run(KIM, "kb history printer-setup", CHAT));
    assertThat(history).contains("-file", "-kim", "is not published now");
    String version = history.lines().filter(l -> l.contains("-file")).findFirst().orElseThrow().split("\\s+")[0];

    assertThat(said(commands.run(KIM, "kb restore printer-setup " + version, CHAT))).isEqualTo("Saved 'printer-setup'; the next answer uses it.");
    assertThat(top(question)).isEqualTo("printer-setup");
  }
}
