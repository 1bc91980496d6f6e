package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.port.TextAnalysis.KeyTerm;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Key terms read with the bundled knowledge base's analysis and synonyms. */
class KeyTermsTest {

  private static LuceneKnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = LuceneKnowledgeBase.open(BundledKnowledgeBaseTest.KB);
  }

  @AfterAll
  static void close() {
    kb.close();
  }

  private static List<String> terms(String text) {
    return kb.keyTerms(text).stream().map(KeyTerm::term).toList();
  }

  private static List<String> words(String text) {
    return kb.keyTerms(text).stream().map(KeyTerm::word).toList();
  }

  @Test
  void synonymsAndWordEndings_shareOneTerm() {
    assertThat(terms("pw")).hasSize(1).isEqualTo(terms("password")).isEqualTo(terms("Passwords"));
    assertThat(terms("I can't log in")).hasSize(1).isEqualTo(terms("login fails"));
  }

  @Test
  void stopChatAndComplaintWordsAndNumbers_areLeftOut() {
    assertThat(words("Hi, my printer on floor 3 is not working again, what is the problem?")).containsExactly("printer", "floor");
    assertThat(terms("hello thanks")).isEmpty();
  }

  @Test
  void words_areAsWrittenLowerCasedEachOnce() {
    assertThat(words("The Digital Signage, digital signage screens")).containsExactly("digital", "signage", "screens");
    assertThat(words("I can't log in")).containsExactly("log in");
  }
}
