package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticIndexTest {

  /** A stand-in model: a text's vector counts the words "vpn", "printer" and "password" in it. */
  static final class WordModel implements EmbeddingModel {
    final List<String> embedded = new ArrayList<>();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      List<Embedding> out = new ArrayList<>();
      for (TextSegment segment : segments) {
        embedded.add(segment.text());
        String t = segment.text().toLowerCase(java.util.Locale.ROOT);
        out.add(Embedding.from(new float[] {count(t, "vpn"), count(t, "printer"), count(t, "password"), 0.01f}));
      }
      return Response.from(out);
    }

    private static float count(String text, String word) {
      return text.split(word, -1).length - 1;
    }
  }

  private static Article article(String id, String title, String... questions) {
    return new Article(id, title, List.of(), List.of(questions), "it", false, "it", LocalDate.of(2026, 1, 1), "body");
  }

  private final List<Article> articles =
      List.of(article("vpn", "Connect to the VPN", "vpn will not connect"), article("printer", "Add a printer", "printer is offline"));

  @Test
  void ranksByMeaningAndCachesTheArticleEmbeddings(@TempDir Path dir) {
    WordModel model = new WordModel();
    EmbeddingCache cache = EmbeddingCache.forKnowledgeBase(dir, "test-model");
    SemanticIndex index = new SemanticIndex(articles, model, cache);
    assertThat(model.embedded).hasSize(4);
    assertThat(cache.file()).startsWith(dir.resolve(EmbeddingCache.FOLDER)).exists();

    List<SearchHit> hits = index.search("my printer says offline", List.of(), 5);
    assertThat(hits).extracting(h -> h.article().id()).containsExactly("printer");
    assertThat(hits.get(0).confidence()).isBetween(0.0, 1.0);

    WordModel again = new WordModel();
    new SemanticIndex(articles, again, EmbeddingCache.forKnowledgeBase(dir, "test-model"));
    assertThat(again.embedded).isEmpty();
  }

  @Test
  void embedsOnlyChangedTextsAndIgnoresAnotherModelsCache(@TempDir Path dir) {
    new SemanticIndex(articles, new WordModel(), EmbeddingCache.forKnowledgeBase(dir, "test-model"));
    List<Article> changed = List.of(articles.get(0), article("printer", "Add a printer", "printer is jammed"));
    WordModel model = new WordModel();
    new SemanticIndex(changed, model, EmbeddingCache.forKnowledgeBase(dir, "test-model"));
    assertThat(model.embedded).containsExactly("printer is jammed");

    WordModel other = new WordModel();
    new SemanticIndex(articles, other, EmbeddingCache.forKnowledgeBase(dir, "other-model"));
    assertThat(other.embedded).hasSize(4);
  }

  @Test
  void corruptCacheIsIgnored(@TempDir Path dir) throws Exception {
    EmbeddingCache cache = EmbeddingCache.forKnowledgeBase(dir, "test-model");
    Files.createDirectories(cache.file().getParent());
    Files.writeString(cache.file(), "not a cache");
    assertThat(cache.load()).isEmpty();
  }

  @Test
  void combinesLexicalAndSimilarityIntoOneConfidence() {
    assertThat(SemanticIndex.combine(0.0, SemanticIndex.UNRELATED)).isZero();
    assertThat(SemanticIndex.combine(1.0, 1.0)).isEqualTo(1.0);
    assertThat(SemanticIndex.combine(0.5, 0.2)).isEqualTo(SemanticIndex.LEXICAL_WEIGHT * 0.5);
  }
}
