package dev.firstline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firstline.core.model.Article;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated knowledge bases are valid, distinct, searchable and reproducible. */
class KnowledgeBaseWriterTest {

  private static final Path STARTER = Path.of("..", "kb");

  @Test
  void write_generatedArticles_areValidDistinctAndFoundByTheirTitles(@TempDir Path dir) {
    Path kb = dir.resolve("kb");
    assertThat(KnowledgeBaseWriter.write(kb, 400, 7, STARTER, false)).isEqualTo(400);

    assertThat(LuceneKnowledgeBase.validate(kb)).as("what 'firstline kb validate' reports").isEmpty();
    LuceneKnowledgeBase opened = LuceneKnowledgeBase.open(kb);
    List<Article> articles = opened.articles();
    assertThat(articles).hasSize(400);
    assertThat(articles.stream().map(Article::title).distinct()).hasSize(400);
    assertThat(articles.stream().map(Article::body).distinct()).hasSize(400);
    assertThat(articles.stream().map(Article::queue).distinct()).hasSizeGreaterThan(5);
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.questions()).hasSizeBetween(4, 8);
      assertThat(a.body()).contains("## When to ask for a person").doesNotContain("{{").doesNotContain("{system}");
    });
    for (Article article : articles.subList(0, 40)) {
      assertThat(opened.search(article.title(), 3)).as("searching '%s'", article.title())
          .extracting(h -> h.article().id()).contains(article.id());
    }
  }

  @Test
  void write_withStarter_totalCountsTheStarterArticles(@TempDir Path dir) {
    Path kb = dir.resolve("kb");
    int generated = KnowledgeBaseWriter.write(kb, 100, 7, STARTER, true);

    LuceneKnowledgeBase opened = LuceneKnowledgeBase.open(kb);
    assertThat(opened.problems()).isEmpty();
    assertThat(opened.articles()).hasSize(100);
    assertThat(opened.article("password-reset")).isPresent();
    assertThat(generated).isLessThan(100);
  }

  @Test
  void write_sameRecipe_reusesTheFolder_otherSeed_writesItAgain(@TempDir Path dir) throws IOException {
    Path kb = dir.resolve("kb");
    KnowledgeBaseWriter.write(kb, 50, 7, STARTER, false);
    assertThat(KnowledgeBaseWriter.write(kb, 50, 7, STARTER, false)).as("reused").isZero();
    assertThat(KnowledgeBaseWriter.write(kb, 50, 8, STARTER, false)).as("rewritten").isEqualTo(50);
    assertThat(Files.readString(kb.resolve(KnowledgeBaseWriter.MARKER))).contains("seed=8");
  }

  @Test
  void write_foreignFolder_isRefusedAndKept(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("precious.md"), "mine");

    assertThatThrownBy(() -> KnowledgeBaseWriter.write(dir, 10, 7, STARTER, false)).hasMessageContaining("not empty");
    assertThat(dir.resolve("precious.md")).exists();
  }

  @Test
  void generator_isDeterministicBySeed_andLargeEnoughForAHundredThousand() {
    assertThat(new ArticleGenerator(7).article(123)).isEqualTo(new ArticleGenerator(7).article(123));
    assertThat(new ArticleGenerator(7).article(123)).isNotEqualTo(new ArticleGenerator(8).article(123));
    assertThat(new ArticleGenerator(7).capacity()).isGreaterThanOrEqualTo(100_000);
  }
}
