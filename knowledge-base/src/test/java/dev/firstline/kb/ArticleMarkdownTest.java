package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An article written as Markdown reads back as the same article. */
class ArticleMarkdownTest {

  @Test
  void of_readsBackAsTheSameArticle_quotesBackslashesAndColonsIncluded() {
    Article article = new Article("digital-signage", "Digital signage: \"slides\" \\ screens", List.of("digital", "signage"),
        List.of("can I add a slide to the #lobby signage?", "- it says: 'no'"), "service-desk", false, "Kim O'Neil",
        LocalDate.of(2026, 11, 23), "Open the **portal**.\n\n1. Upload the slide.\n");

    String file = ArticleMarkdown.of(article);
    List<Problem> problems = new ArrayList<>();
    Optional<Article> read = new ArticleParser(Settings.load(Path.of("no-such-folder", Settings.FILE_NAME), problems))
        .parse(Path.of("digital-signage.md"), file, problems);

    assertThat(problems).isEmpty();
    assertThat(read).contains(article);
  }

  @Test
  void of_emptyListsAndARedirect_readBack() {
    Article article = new Article("canteen", "Canteen menu", List.of(), List.of(), "service-desk", false, true, "facilities",
        LocalDate.of(2026, 11, 23), "Ask Facilities.\n");
    List<Problem> problems = new ArrayList<>();

    Optional<Article> read = new ArticleParser(Settings.load(Path.of("no-such-folder", Settings.FILE_NAME), problems))
        .parse(Path.of("canteen.md"), ArticleMarkdown.of(article), problems);

    assertThat(problems).isEmpty();
    assertThat(read).contains(article);
  }
}
