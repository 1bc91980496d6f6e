package dev.firstline.kb;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The text analysis of articles and questions: English tokens, lower-cased, accents folded and
 * Porter-stemmed. Questions also get the IT synonyms, at query time only, so that the synonym list
 * can change without re-indexing. No stop words are removed while analysing, because a stop filter
 * after the synonyms would break multi-word synonyms ("log in"); {@link #isNoise} drops them later.
 */
final class Analysis {

  static final String SYNONYMS_FILE = "synonyms.txt";

  /** Words that say nothing about the topic of a support question. */
  private static final List<String> CHAT_WORDS =
      List.of(
          "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his",
          "they", "them", "their", "it's", "im", "i'm", "i've", "ive", "i'd", "id", "hi", "hello", "hey",
          "thanks", "thank", "please", "pls", "plz", "can", "could", "would", "should", "will", "do",
          "does", "did", "done", "doing", "am", "has", "have", "had", "having", "been", "get", "got",
          "getting", "just", "still", "now", "again", "any", "anyone", "someone", "something", "what",
          "why", "how", "when", "where", "who", "which", "here", "all", "some", "very", "really",
          "so", "too", "also", "about", "from", "up", "out", "over", "after", "before", "today",
          "yesterday", "help", "need", "want", "know", "idea", "way", "thing", "stuff", "lol", "guys",
          "ok", "okay", "sorry", "since", "keep", "keeps", "trying", "tried", "try", "not", "no",
          "can't", "won't", "don't", "doesn't", "didn't", "isn't", "cannot", "wont", "dont", "cant",
          "doesnt", "didnt", "one", "like", "much", "more", "only", "even", "ever", "every", "there's",
          "that's", "what's", "its", "u", "rn", "anything", "everything", "nothing", "able", "go",
          "going", "make", "see", "look", "use", "using", "said", "say", "says", "tell", "let",
          "hii", "thx", "yes", "yeah", "ya", "pretty", "quite", "bit", "lot", "lots", "time", "times",
          "day", "days", "morning", "afternoon", "evening", "week", "weeks", "minutes", "hour", "hours");

  private final Analyzer index;
  private final Analyzer query;
  private final Analyzer topics;
  private final Set<String> noise;

  private Analysis(@Nullable SynonymMap synonyms, @Nullable SynonymMap stemmedSynonyms) {
    this.index = chain(null, true);
    this.query = chain(synonyms, true);
    this.topics = stemmedThenSynonyms(stemmedSynonyms);
    this.noise = new HashSet<>();
    Stream.concat(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(o -> new String((char[]) o)), CHAT_WORDS.stream())
        .forEach(word -> noise.addAll(tokens(index, word)));
  }

  /** Analysis with the synonyms in {@code dir/synonyms.txt}, if that file exists. */
  static Analysis load(Path dir, List<Problem> problems) {
    Path file = dir.resolve(SYNONYMS_FILE);
    if (!Files.exists(file)) {
      return new Analysis(null, null);
    }
    try {
      String rules = Files.readString(file);
      SynonymMap synonyms = synonyms(rules, chain(null, false));
      return new Analysis(synonyms, stemmed(rules, synonyms));
    } catch (ParseException e) {
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      problems.add(new Problem(file, lineOf(e), "invalid synonym rule (" + cause + "); the synonyms are not used"));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(file, 0, "cannot read synonyms: " + e.getMessage() + "; the synonyms are not used"));
    }
    return new Analysis(null, null);
  }

  /** The rules with their words stemmed; the unstemmed ones if stemming makes a rule invalid. */
  private static SynonymMap stemmed(String rules, SynonymMap unstemmed) throws IOException {
    try {
      return synonyms(rules, chain(null, true));
    } catch (ParseException | RuntimeException e) {
      return unstemmed;
    }
  }

  private static SynonymMap synonyms(String rules, Analyzer words) throws IOException, ParseException {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
    parser.parse(new StringReader(rules));
    return parser.build();
  }

  /** Lucene's synonym parser names the bad line only in its message ("... at line 4"); its offset is 0. */
  private static int lineOf(ParseException e) {
    Matcher line = Pattern.compile("at line (\\d+)").matcher(String.valueOf(e.getMessage()));
    return line.find() ? Integer.parseInt(line.group(1)) : 0;
  }

  Analyzer index() {
    return index;
  }

  Analyzer query() {
    return query;
  }

  /**
   * Stems first and then applies the synonyms, stemmed too: "passwords" is a synonym of "pw" here,
   * which search does not need (the articles are stemmed) but comparing questions does.
   */
  Analyzer topics() {
    return topics;
  }

  /** Whether an analysed term carries no topic (a stop word or a chat word). */
  boolean isNoise(String term) {
    return noise.contains(term);
  }

  /** The analysed terms of {@code text}, in order. */
  static List<String> tokens(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      List<String> out = new java.util.ArrayList<>();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer stemmedThenSynonyms(@Nullable SynonymMap stemmedSynonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new PorterStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
        if (stemmedSynonyms != null) {
          stream = new SynonymGraphFilter(stream, stemmedSynonyms, true);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static Analyzer chain(@Nullable SynonymMap synonyms, boolean stem) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        if (stem) {
          stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
