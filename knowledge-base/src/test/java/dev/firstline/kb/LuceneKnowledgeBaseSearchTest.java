package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.firstline.core.model.SearchHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Searching the bundled articles with real Lucene. */
class LuceneKnowledgeBaseSearchTest {

  private static LuceneKnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = LuceneKnowledgeBase.open(BundledKnowledgeBaseTest.KB);
  }

  private static String top(String text) {
    List<SearchHit> hits = kb.search(text, 5);
    assertThat(hits).as("hits for '%s'", text).isNotEmpty();
    return hits.get(0).article().id();
  }

  private static double best(String text) {
    return kb.search(text, 5).stream().mapToDouble(SearchHit::confidence).max().orElse(0.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title:(x) AND \"unclosed OR *:* ~2 ^10 \\ I forgot my password, how do I reset it?",
        "I forgot my password (again!) -- how do I reset it??",
        "forgot password? reset: [now] {please} +urgent -spam",
        "I forgot my password && || ! reset it /path/ \"",
      })
  void search_querySyntaxInText_isTreatedAsWords(String text) {
    assertThat(top(text)).isEqualTo("password-reset");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t", "?!...", "***", "\\", "\"", "()[]{}", "-- // ::", "\uD83D\uDE00\uD83D\uDE00", "AND OR NOT"})
  void search_emptyOrPunctuationOnly_findsNothing(String text) {
    assertThat(kb.search(text, 5)).isEmpty();
  }

  @Test
  void search_onlyChatWords_findsNothing() {
    assertThat(kb.search("hi, can you please help me?", 5)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"forgot my pwd, password-reset", "my 2fa code is rejected, mfa-reset", "my pword expired, password-expired"})
  void search_synonym_findsTheArticle(String text, String expected) {
    assertThat(top(text)).isEqualTo(expected);
  }

  @Test
  void search_synonymOnlyWord_findsNothingWithoutTheSynonymsFile(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.list(BundledKnowledgeBaseTest.KB)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals(Analysis.SYNONYMS_FILE)).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }

    LuceneKnowledgeBase withoutSynonyms = LuceneKnowledgeBase.open(copy);

    assertThat(withoutSynonyms.search("pwd", 5)).isEmpty();
    assertThat(top("pwd")).startsWith("password-");
  }

  @ParameterizedTest
  @CsvSource({"pasword resett, password-reset", "my vpm keeps disconecting, vpn-drops", "the printr is jamed, printer-problems"})
  void search_typo_stillFindsTheArticle(String text, String expected) {
    assertThat(top(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I forgot my password",
        "the vpn keeps disconnecting every few minutes",
        "my laptop was stolen",
        "who won the football last night",
        "x",
        "pwd",
      })
  void search_anyText_confidenceIsWithinZeroAndOneAndBestFirst(String text) {
    List<SearchHit> hits = kb.search(text, 10);

    assertThat(hits).allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
    assertThat(hits).extracting(SearchHit::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void search_clearQuestion_isMoreConfidentThanUnrelatedText() {
    String unrelated = "where is the nearest train station";
    assertThat(kb.search(unrelated, 5)).as("the unrelated text must find something to compare").isNotEmpty();

    assertThat(best("I forgot my password and need to reset it")).isGreaterThan(best(unrelated));
  }

  @Test
  void search_limit_isRespected() {
    assertThat(kb.search("password", 2)).hasSizeLessThanOrEqualTo(2);
    assertThat(kb.search("password", 0)).isEmpty();
  }

  @Test
  void search_10000Characters_doesNotThrowAndUsesTheStart() {
    String text = "my vpn keeps disconnecting every few minutes. " + "lorem ipsum dolor sit amet ".repeat(400);
    assertThat(text.length()).isGreaterThan(10_000);

    assertThatNoException().isThrownBy(() -> kb.search(text, 5));
    assertThat(top(text)).startsWith("vpn-");
  }

  @Test
  void search_10000DistinctWords_doesNotThrow() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 10_000; i++) {
      text.append("word").append(Integer.toString(i, 36)).append(' ');
    }

    assertThatNoException().isThrownBy(() -> kb.search(text.toString(), 5));
  }

  @Test
  void article_unknownId_isEmpty() {
    assertThat(kb.article("no-such-article")).isEmpty();
    assertThat(kb.article("password-reset")).isPresent();
  }
}
