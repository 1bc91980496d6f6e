package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Curation;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.model.UserRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curating a copy of the bundled knowledge base: edits through the core, and files changed on disk. */
class CurationTest {

  private static final UserRef KIM = UserRef.of("local", "kim", "Kim");
  private static final UserRef EVE = UserRef.of("local", "eve", "Eve");
  private static final String UNIQUE = "zebracorn";

  @TempDir Path dir;
  private LuceneKnowledgeBase kb;
  private ArticleFiles files;
  private Curation curation;

  @BeforeEach
  void copyBundledKnowledgeBase() throws IOException {
    BundledKnowledgeBaseTest.copyTo(dir);
    kb = LuceneKnowledgeBase.open(dir);
    files = new ArticleFiles(kb);
    curation = new Curation(files, person -> person.id().equals("kim") ? Set.of(Role.KNOWLEDGE_MANAGER) : Set.of(Role.SECOND_LINE), kb);
  }

  @AfterEach
  void stopWatching() {
    kb.close();
  }

  private String top(String question) {
    List<SearchHit> hits = kb.search(question, 1);
    return hits.isEmpty() ? "" : hits.getFirst().article().id();
  }

  private String withUniqueQuestion(String id) {
    String source = files.source(id).orElseThrow();
    return source.replaceFirst("questions:\n", "questions:\n  - my " + UNIQUE + " gadget is acting up\n");
  }

  @Test
  void edit_byManager_writesTheFileAndTheNextAnswerUsesIt() throws IOException {
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isNotEqualTo("printer-setup");
    String edited = withUniqueQuestion("printer-setup");

    Curation.Outcome outcome = curation.edit(KIM, "printer-setup", edited);

    assertThat(outcome.done()).as(outcome.message()).isTrue();
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(edited);
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isEqualTo("printer-setup");
    assertThat(files.history("printer-setup")).extracting(v -> v.editor()).containsExactly("file", "kim");
  }

  @Test
  void edit_broken_isRefusedWithItsLineAndTheOldArticleKeepsAnswering() throws IOException {
    String before = Files.readString(dir.resolve("printer-setup.md"));
    String broken = withUniqueQuestion("printer-setup").replace("escalate: false", "escalate: sometimes");
    int line = List.of(broken.split("\n")).indexOf("escalate: sometimes") + 1;

    Curation.Outcome outcome = curation.edit(KIM, "printer-setup", broken);

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.message()).contains("printer-setup.md:" + line + ": 'escalate' must be true or false");
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(before);
    assertThat(kb.article("printer-setup")).isPresent();
    assertThat(top("how do I add a printer to my laptop")).isEqualTo("printer-setup");
  }

  @Test
  void edit_byNonManager_isRefusedAndNothingIsWritten() throws IOException {
    String before = Files.readString(dir.resolve("printer-setup.md"));

    Curation.Outcome outcome = curation.edit(EVE, "printer-setup", withUniqueQuestion("printer-setup"));

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.message()).contains("Only knowledge managers");
    assertThat(Files.readString(dir.resolve("printer-setup.md"))).isEqualTo(before);
    assertThat(files.history("printer-setup")).isEmpty();
  }

  @Test
  void restore_anEarlierVersion_answersWithItAgain() {
    String original = files.source("printer-setup").orElseThrow();
    curation.edit(KIM, "printer-setup", withUniqueQuestion("printer-setup"));
    String first = files.history("printer-setup").getFirst().name();

    Curation.Outcome outcome = curation.restore(KIM, "printer-setup", first);

    assertThat(outcome.done()).as(outcome.message()).isTrue();
    assertThat(files.source("printer-setup")).contains(original);
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isNotEqualTo("printer-setup");
    assertThat(files.history("printer-setup")).hasSize(3);
  }

  /** A new article that only a question about {@link #UNIQUE} finds. */
  private static String newArticle(String id) {
    return ArticleText.valid(id).set(3, "title: Tame the " + UNIQUE).set(6, "  - my " + UNIQUE + " gadget is acting up").toString();
  }

  @Test
  void create_byManager_writesTheFileAndTheNextQuestionGetsIt() throws IOException {
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isNotEqualTo("zebracorn-care");

    Curation.Outcome outcome = curation.create(KIM, "zebracorn-care", newArticle("zebracorn-care"));

    assertThat(outcome.done()).as(outcome.message()).isTrue();
    assertThat(Files.readString(dir.resolve("zebracorn-care.md"))).isEqualTo(newArticle("zebracorn-care"));
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isEqualTo("zebracorn-care");
    assertThat(kb.article("zebracorn-care").orElseThrow().title()).isEqualTo("Tame the " + UNIQUE);
    assertThat(files.history("zebracorn-care")).extracting(v -> v.editor()).containsExactly("kim");
  }

  @Test
  void create_anIdThatExists_isRefusedAndTheArticleIsUntouched() throws IOException {
    String before = Files.readString(dir.resolve("redirects/travel.md"));

    Curation.Outcome outcome = curation.create(KIM, "travel", newArticle("travel"));

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.message()).isEqualTo("There is already an article 'travel'; edit it, or choose another id.");
    assertThat(Files.readString(dir.resolve("redirects/travel.md"))).isEqualTo(before);
    assertThat(dir.resolve("travel.md")).doesNotExist();
  }

  @Test
  void create_broken_isRefusedWithItsLine_andNothingIsWritten() {
    String broken = ArticleText.valid("zebracorn-care").set(8, "escalate: sometimes").toString();

    Curation.Outcome outcome = curation.create(KIM, "zebracorn-care", broken);

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.message()).contains("zebracorn-care.md:8: 'escalate' must be true or false but was 'sometimes'")
        .doesNotContain(dir.toString());
    assertThat(dir.resolve("zebracorn-care.md")).doesNotExist();
    assertThat(kb.article("zebracorn-care")).isEmpty();
  }

  @Test
  void create_andRetire_byNonManager_areRefused() {
    assertThat(curation.create(EVE, "zebracorn-care", newArticle("zebracorn-care")).message()).isEqualTo("Only knowledge managers may work on articles.");
    assertThat(curation.retire(EVE, "printer-setup").message()).isEqualTo("Only knowledge managers may work on articles.");
    assertThat(curation.search(EVE, "printer").done()).isFalse();

    assertThat(dir.resolve("zebracorn-care.md")).doesNotExist();
    assertThat(kb.article("printer-setup")).isPresent();
  }

  @Test
  void retire_stopsItAnswering_keepsItInTheHistory_andRestoreBringsItBackWhereItWas() throws IOException {
    String question = "how do I book a flight for work";
    assertThat(top(question)).isEqualTo("travel");
    String original = Files.readString(dir.resolve("redirects/travel.md"));

    Curation.Outcome retired = curation.retire(KIM, "travel");

    assertThat(retired.done()).as(retired.message()).isTrue();
    assertThat(kb.article("travel")).isEmpty();
    assertThat(top(question)).isNotEqualTo("travel");
    assertThat(dir.resolve("redirects/travel.md")).doesNotExist();
    assertThat(Files.readString(dir.resolve("retired/redirects/travel.md"))).isEqualTo(original);
    assertThat(LuceneKnowledgeBase.validate(dir)).as("retired/ is not read").isEmpty();
    assertThat(curation.show(KIM, "travel").done()).isFalse();
    assertThat(files.history("travel")).extracting(v -> v.editor()).containsExactly("file", "kim");
    assertThat(curation.history(KIM, "travel").message()).contains("is not published now");
    assertThat(curation.retire(KIM, "travel").message()).contains("there is no article 'travel' to retire");

    Curation.Outcome restored = curation.restore(KIM, "travel", files.history("travel").getLast().name());

    assertThat(restored.done()).as(restored.message()).isTrue();
    assertThat(Files.readString(dir.resolve("redirects/travel.md"))).isEqualTo(original);
    assertThat(dir.resolve("retired/redirects/travel.md")).doesNotExist();
    assertThat(top(question)).isEqualTo("travel");
  }

  @Test
  void retire_survivesAReloadAndAFileDroppedIntoRetiredIsNeverRead() throws IOException {
    curation.retire(KIM, "printer-setup");
    ArticleText.valid("quokka-vpn").writeTo(dir, "retired/quokka-vpn.md");

    assertThat(kb.reload()).isEmpty();

    assertThat(kb.article("printer-setup")).isEmpty();
    assertThat(kb.article("quokka-vpn")).isEmpty();
  }

  @Test
  void search_listsTheArticlesAQuestionFinds_withIdTitleAndConfidence() {
    Curation.Outcome outcome = curation.search(KIM, "how do I add a printer to my laptop");

    assertThat(outcome.done()).isTrue();
    assertThat(outcome.message().lines().skip(1).findFirst().orElseThrow()).matches("- `printer-setup` Add a printer \\(0\\.\\d\\d\\)");
    assertThat(curation.search(KIM, "zzqx").message()).isEqualTo("No article matches 'zzqx'.");
  }

  @Test
  void watch_fileChangedAddedAndRemovedOnDisk_isPickedUpWithoutRestart() throws IOException {
    kb.watch();
    Path redirect = dir.resolve("redirects/travel.md");
    Files.writeString(redirect, Files.readString(redirect).replaceFirst("questions:\n", "questions:\n  - my " + UNIQUE + " gadget is acting up\n"));

    waitFor(() -> top("my " + UNIQUE + " gadget is acting up").equals("travel"));

    ArticleText.valid("quokka-vpn").set(3, "title: Quokka VPN tunnel").writeTo(dir, "quokka-vpn.md");
    waitFor(() -> kb.article("quokka-vpn").isPresent());

    Files.delete(dir.resolve("quokka-vpn.md"));
    waitFor(() -> kb.article("quokka-vpn").isEmpty());
  }

  @Test
  void reload_brokenFileOnDisk_keepsItsPreviousVersionAndReportsTheLine() throws IOException {
    Path file = dir.resolve("printer-setup.md");
    List<String> lines = List.of(Files.readString(file).split("\n"));
    int line = lines.indexOf("escalate: false") + 1;
    Files.writeString(file, Files.readString(file).replace("escalate: false", "escalate: maybe"));
    Path other = dir.resolve("redirects/travel.md");
    Files.writeString(other, Files.readString(other).replaceFirst("questions:\n", "questions:\n  - my " + UNIQUE + " gadget is acting up\n"));

    List<Problem> problems = kb.reload();

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.line()).isEqualTo(line);
    });
    assertThat(kb.article("printer-setup")).isPresent();
    assertThat(top("my " + UNIQUE + " gadget is acting up")).isEqualTo("travel");
  }

  private static void waitFor(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not picked up within 10 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new IOException(e));
      }
    }
  }
}
