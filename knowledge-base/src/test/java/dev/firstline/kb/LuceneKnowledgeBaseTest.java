package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and validating knowledge-base folders written by each test. */
class LuceneKnowledgeBaseTest {

  @TempDir Path dir;

  private void settings() {
    ArticleText.write(dir.resolve(Settings.FILE_NAME), ArticleText.SETTINGS);
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.article().id()).toList();
  }

  @Test
  void open_validFolder_loadsArticlesWithSettingsFilledAndNoProblems() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");

    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir);

    assertThat(kb.problems()).isEmpty();
    assertThat(kb.articles()).extracting(Article::id).containsExactly("vpn-connect");
    Article article = kb.article("vpn-connect").orElseThrow();
    assertThat(article.body()).contains("GlobalProtect", "vpn.example.org", "+44 20 7946 0000").doesNotContain("{{");
    assertThat(ids(kb.search("globalprotect will not connect", 5))).containsExactly("vpn-connect");
  }

  @Test
  void open_oneBadFile_reportsItAndLoadsTheOthers() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");
    ArticleText.valid("wifi-connect").writeTo(dir, "wifi-connect.md");
    Path bad = ArticleText.valid("printer").set(8, "escalate: sometimes").writeTo(dir, "printer.md");
    Path noFrontMatter = ArticleText.write(dir.resolve("notes.md"), "just some notes\n");

    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir);

    assertThat(kb.articles()).extracting(Article::id).containsExactly("vpn-connect", "wifi-connect");
    assertThat(kb.article("printer")).isEmpty();
    assertThat(kb.problems())
        .extracting(Problem::file, Problem::line)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bad, 8), org.assertj.core.groups.Tuple.tuple(noFrontMatter, 1));
  }

  @Test
  void validate_sameIdInTwoFolders_reportsTheSecondFileAtItsIdLine() {
    settings();
    Path first = ArticleText.valid("vpn-connect").writeTo(dir.resolve("a"), "vpn-connect.md");
    // the id is on line 3 here, below the title
    Path second = ArticleText.valid("vpn-connect").remove(2).insert(3, "id: vpn-connect").writeTo(dir.resolve("b"), "vpn-connect.md");

    List<Problem> problems = LuceneKnowledgeBase.validate(dir);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(second);
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("'vpn-connect'", first.toString());
    });
  }

  @Test
  void open_sameIdInTwoFolders_keepsTheFirst() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir.resolve("a"), "vpn-connect.md");
    ArticleText.valid("vpn-connect").set(7, "queue: other-queue").writeTo(dir.resolve("b"), "vpn-connect.md");

    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir);

    assertThat(kb.articles()).singleElement().extracting(Article::queue).isEqualTo("network");
  }

  @Test
  void validate_badSynonymLine_reportsThatLine() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");
    Path synonyms =
        ArticleText.write(
            dir.resolve(Analysis.SYNONYMS_FILE),
            """
            # networks
            vpn, remote access

            wifi => wireless => wlan
            laptop, notebook
            """);

    List<Problem> problems = LuceneKnowledgeBase.validate(dir);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(synonyms);
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("synonym");
    });
  }

  @Test
  void open_badSynonyms_stillLoadsAndSearchesWithoutThem() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");
    ArticleText.write(dir.resolve(Analysis.SYNONYMS_FILE), "tunnel, vpn\nwifi => wireless => wlan\n");

    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir);

    assertThat(kb.problems()).hasSize(1);
    assertThat(ids(kb.search("vpn will not connect", 5))).containsExactly("vpn-connect");
    assertThat(kb.search("tunnel", 5)).isEmpty();
  }

  @Test
  void open_synonyms_findArticlesByAnotherWord() {
    settings();
    ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");
    assertThat(LuceneKnowledgeBase.open(dir).search("tunnel", 5)).isEmpty();

    ArticleText.write(dir.resolve(Analysis.SYNONYMS_FILE), "tunnel, vpn\n");

    assertThat(ids(LuceneKnowledgeBase.open(dir).search("tunnel", 5))).containsExactly("vpn-connect");
  }

  @Test
  void validate_invalidSettings_reportsTheSettingsLine() {
    Path settings = ArticleText.write(dir.resolve(Settings.FILE_NAME), "vpn_client: GlobalProtect\nvpn_portal: a: b\n");

    List<Problem> problems = LuceneKnowledgeBase.validate(dir);

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(settings);
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void validate_noSettingsFile_reportsEachPlaceholderAsUnknown() {
    Path file = ArticleText.valid("vpn-connect").writeTo(dir, "vpn-connect.md");

    List<Problem> problems = LuceneKnowledgeBase.validate(dir);

    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.message()).contains("unknown setting");
    });
    assertThat(problems).extracting(Problem::line).contains(3, 6, ArticleText.BODY_LINE, ArticleText.BODY_LINE + 2);
  }

  @Test
  void validate_readmeIsNotAnArticle() {
    settings();
    ArticleText.write(dir.resolve("README.md"), "# How to write articles\n");

    assertThat(LuceneKnowledgeBase.validate(dir)).isEmpty();
  }

  @Test
  void open_missingFolder_throwsNamingIt() {
    Path missing = dir.resolve("nope");

    assertThatIllegalArgumentException().isThrownBy(() -> LuceneKnowledgeBase.open(missing)).withMessageContaining("nope");
  }

  @Test
  void open_emptyFolder_searchesToNothing() {
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir);

    assertThat(kb.articles()).isEmpty();
    assertThat(kb.search("vpn", 5)).isEmpty();
  }
}
