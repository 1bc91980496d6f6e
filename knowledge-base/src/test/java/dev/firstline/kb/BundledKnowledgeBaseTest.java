package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The articles shipped in {@code kb/} are valid and are exactly the topics of {@code eval/}. */
class BundledKnowledgeBaseTest {

  static final Path KB = Path.of("../kb");
  private static final Path TOPICS = Path.of("../eval/topics.tsv");

  /** Copies the bundled articles, settings and synonyms into {@code dir}, to be changed by a test. */
  static void copyTo(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(KB)) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(KB.relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
  }

  @Test
  void validate_bundledKb_hasNoProblems() {
    assertThat(LuceneKnowledgeBase.validate(KB)).isEmpty();
  }

  @Test
  void open_bundledKb_hasAnArticleForEachEvaluationTopic() throws IOException {
    List<String> topics =
        Files.readAllLines(TOPICS).stream()
            .skip(1) // header: id, title, scope, bot_should
            .filter(line -> !line.isBlank())
            .map(line -> line.split("\t", -1)[0])
            .toList();

    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(KB);

    assertThat(kb.problems()).isEmpty();
    List<Article> itArticles = kb.articles().stream().filter(a -> !a.redirect()).toList();
    assertThat(itArticles).hasSizeGreaterThanOrEqualTo(40);
    assertThat(itArticles).extracting(Article::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(topics);
    assertThat(kb.articles()).filteredOn(Article::redirect).extracting(Article::id).contains("facilities", "hr");
  }

  @Test
  void open_bundledKb_everyArticleIsFoundByItsOwnTitle() {
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(KB);

    assertThat(kb.articles())
        .allSatisfy(
            article ->
                assertThat(kb.search(article.title(), 3))
                    .as("search for the title '%s'", article.title())
                    .extracting(h -> h.article().id())
                    .contains(article.id()));
  }
}
