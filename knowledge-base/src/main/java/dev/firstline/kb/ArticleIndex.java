package dev.firstline.kb;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.SearchHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory Lucene index of articles. Every query word is looked for in each field (title,
 * questions, tags, body) and counts with its best field's weight. A hit's confidence is its score
 * divided by the best score any article could get for the same words, so it reads as "how much of
 * what was asked this article covers", on the same scale for every message.
 */
final class ArticleIndex {

  /** Longer text is cut before analysis; a question never needs more. */
  static final int MAX_QUERY_CHARS = 1_000;

  private static final Map<String, Float> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("title", 2.0f);
    FIELDS.put("questions", 2.5f);
    FIELDS.put("tags", 1.5f);
    FIELDS.put("body", 1.0f);
  }

  private static final float FUZZY_WEIGHT = 0.6f;
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

  private final Analysis analysis;
  private final List<Article> articles;
  private final IndexSearcher searcher;
  private final DirectoryReader reader;
  private final Lexicon lexicon;

  ArticleIndex(List<Article> articles, Analysis analysis) {
    this.analysis = analysis;
    this.articles = List.copyOf(articles);
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.index()))) {
        for (Article article : this.articles) {
          writer.addDocument(document(article));
        }
        writer.forceMerge(1);
      }
      this.reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.lexicon = new Lexicon(reader, List.copyOf(FIELDS.keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory index", e);
    }
  }

  /** How this index reads text. */
  Analysis analysis() {
    return analysis;
  }

  List<SearchHit> search(String text, int limit) {
    String capped = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    Query query = query(capped);
    if (query == null || limit <= 0) {
      return List.of();
    }
    try {
      // One rewrite and one weight serve both the best possible score and the top articles:
      // rewriting expands fuzzy words and the weight looks up every word in every field, the two
      // dearest steps of a search after building the fuzzy automata.
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
      double best = bestPossibleScore(weight);
      if (best <= 0) {
        return List.of();
      }
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc doc : topDocs(weight, limit).scoreDocs) {
        hits.add(new SearchHit(articles.get(doc.doc), Math.min(1.0, doc.score / best)));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** The query for free text: analysed words only, never query syntax; null if nothing is left. */
  @Nullable Query query(String text) {
    QueryBuilder builder = new QueryBuilder(analysis.query());
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query words = builder.createBooleanQuery("body", text, Occur.SHOULD);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (Query word : topLevel(words)) {
      if (!isNoise(word)) {
        Query fanned = acrossFields(word);
        if (fanned != null && clauses < IndexSearcher.getMaxClauseCount() / 8) {
          query.add(fanned, Occur.SHOULD);
          clauses++;
        }
      }
    }
    for (String token : Analysis.tokens(analysis.index(), text)) {
      if (token.length() >= 4 && !analysis.isNoise(token) && unknown(token) && clauses < IndexSearcher.getMaxClauseCount() / 8) {
        query.add(fuzzy(token), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : query.build();
  }

  private static List<Query> topLevel(@Nullable Query words) {
    if (words == null) {
      return List.of();
    }
    if (words instanceof BooleanQuery bq) {
      return bq.clauses().stream().map(BooleanClause::query).toList();
    }
    return List.of(words);
  }

  private boolean isNoise(Query word) {
    if (word instanceof TermQuery tq) {
      return analysis.isNoise(tq.getTerm().text());
    }
    if (word instanceof SynonymQuery sq) {
      return sq.getTerms().stream().allMatch(t -> analysis.isNoise(t.text()));
    }
    return false;
  }

  /** Re-targets a query on the template field at every field, keeping the best field's score. */
  private static @Nullable Query acrossFields(Query query) {
    return switch (query) {
      case TermQuery tq -> perField(f -> new TermQuery(new Term(f, tq.getTerm().bytes())));
      case SynonymQuery sq ->
          perField(
              f -> {
                SynonymQuery.Builder b = new SynonymQuery.Builder(f);
                sq.getTerms().forEach(t -> b.addTerm(new Term(f, t.bytes())));
                return b.build();
              });
      case PhraseQuery pq ->
          perField(
              f -> {
                PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(pq.getSlop());
                Term[] terms = pq.getTerms();
                for (int i = 0; i < terms.length; i++) {
                  b.add(new Term(f, terms[i].bytes()), pq.getPositions()[i]);
                }
                return b.build();
              });
      case BooleanQuery bq -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
          Query sub = acrossFields(c.query());
          if (sub != null) {
            b.add(sub, c.occur());
          }
        }
        yield b.build();
      }
      case BoostQuery boost -> {
        Query sub = acrossFields(boost.getQuery());
        yield sub == null ? null : new BoostQuery(sub, boost.getBoost());
      }
      default -> null;
    };
  }

  private static Query perField(java.util.function.Function<String, Query> forField) {
    List<Query> perField = new ArrayList<>();
    FIELDS.forEach((field, weight) -> perField.add(new BoostQuery(forField.apply(field), weight)));
    return new DisjunctionMaxQuery(perField, 0.0f);
  }

  private Query fuzzy(String token) {
    FuzzyWord word = new FuzzyWord(token, token.length() >= 6 ? 2 : 1, lexicon);
    return new BoostQuery(perField(word::in), FUZZY_WEIGHT);
  }

  private boolean unknown(String token) {
    return !lexicon.contains(token);
  }

  /** The highest score any article could get for this query: the sum of each word's best. */
  private double bestPossibleScore(Weight weight) throws IOException {
    double best = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        scorer.advanceShallow(0);
        best = Math.max(best, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
      }
    }
    return best;
  }

  /**
   * The best {@code limit} articles, as {@link IndexSearcher#search(Query, int)} finds them but on
   * an existing weight, and without counting every match: the scorer may skip articles that cannot
   * reach the top from the start, which matters on large knowledge bases where common words match
   * thousands of articles.
   */
  private TopDocs topDocs(Weight weight, int limit) throws IOException {
    TopScoreDocCollector collector = new TopScoreDocCollectorManager(limit, limit).newCollector();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafCollector leafCollector = collector.getLeafCollector(leaf);
      ScorerSupplier scorers = weight.scorerSupplier(leaf);
      if (scorers != null) {
        scorers.setTopLevelScoringClause();
        try {
          scorers.bulkScorer().score(leafCollector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        } catch (CollectionTerminatedException e) {
          // this segment has given all it can
        }
      }
      leafCollector.finish();
    }
    return collector.topDocs();
  }

  private static Document document(Article article) {
    Document doc = new Document();
    doc.add(new TextField("title", article.title(), Field.Store.NO));
    for (String question : article.questions()) {
      doc.add(new TextField("questions", question, Field.Store.NO));
    }
    doc.add(new TextField("tags", String.join(" , ", article.tags()), Field.Store.NO));
    doc.add(new TextField("body", plainText(article.body()), Field.Store.NO));
    return doc;
  }

  static String plainText(String markdown) {
    return PLAIN.render(MARKDOWN.parse(markdown));
  }
}
