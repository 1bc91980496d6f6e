package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon finds exactly the words Lucene's fuzzy automaton (one-letter prefix, transpositions) accepts. */
class LexiconTest {

  private static final String WORDS =
      "password passwrod pasword passport passwords pass passcode printer printr print painter pointer outlook outlock lookout "
          + "sharepoint sharpoint share shared onedrive oneddrive vpn vnp wifi wi-fi wiif café cafe caffe naïve naive über uber "
          + "ab ba abc acb bca ca x xy yx 😀smile 😀smiel smile";
  private static DirectoryReader reader;
  private static Lexicon lexicon;

  @BeforeAll
  static void index() throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      Document first = new Document();
      first.add(new TextField("title", WORDS.substring(0, WORDS.length() / 2), Field.Store.NO));
      writer.addDocument(first);
      Document second = new Document();
      second.add(new TextField("body", WORDS, Field.Store.NO));
      writer.addDocument(second);
    }
    reader = DirectoryReader.open(directory);
    lexicon = new Lexicon(reader, List.of("title", "body"));
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @ParameterizedTest
  @CsvSource({
    "password,2", "pasword,1", "pasword,2", "passwrod,2", "printre,2", "prnter,1", "outlok,2", "sharepiont,2", "onedirve,2",
    "vnp,1", "wfii,1", "cafe,1", "caffè,2", "naive,1", "uber,1", "acb,1", "bac,2", "xy,1", "😀slime,2", "zzzz,2", "p,1"})
  void near_isWhatTheFuzzyAutomatonAccepts(String word, int maxEdits) throws IOException {
    assertThat(termsOf(lexicon.near(word, maxEdits), "body")).as("%s~%d", word, maxEdits).isEqualTo(automaton(word, maxEdits, "body"));
    assertThat(termsOf(lexicon.near(word, maxEdits), "title")).as("%s~%d in title", word, maxEdits).isEqualTo(automaton(word, maxEdits, "title"));
  }

  private static List<String> termsOf(List<Lexicon.Neighbour> near, String field) {
    int bit = lexicon.bit(field);
    return near.stream().filter(n -> (n.fields() & bit) != 0).map(n -> n.term().utf8ToString()).toList();
  }

  private static List<String> automaton(String word, int maxEdits, String field) throws IOException {
    TermsEnum accepted = FuzzyQuery.getFuzzyAutomaton(word, maxEdits, 1, true).getTermsEnum(MultiTerms.getTerms(reader, field));
    List<String> terms = new ArrayList<>();
    for (BytesRef term = accepted.next(); term != null; term = accepted.next()) {
      terms.add(term.utf8ToString());
    }
    return terms;
  }
}
