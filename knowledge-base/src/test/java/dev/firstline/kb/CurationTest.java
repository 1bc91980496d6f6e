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
import java.util.stream.Stream;
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
    try (Stream<Path> all = Files.walk(BundledKnowledgeBaseTest.KB)) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(BundledKnowledgeBaseTest.KB.relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    kb = LuceneKnowledgeBase.open(dir);
    files = new ArticleFiles(kb);
    curation = new Curation(files, person -> person.id().equals("kim") ? Set.of(Role.KNOWLEDGE_MANAGER) : Set.of(Role.SECOND_LINE));
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
