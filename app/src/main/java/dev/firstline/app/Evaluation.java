package dev.firstline.app;

import dev.firstline.core.SupportBot;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs labelled messages through the bot and scores the decisions. Each message is asked by a
 * different person, so no conversation state carries over between rows.
 */
final class Evaluation {

  static final String ESCALATE = "ESCALATE";
  static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
  static final String QUERIES_HEADER = "qid\texpected\ttext";
  static final String RESULTS_HEADER = "qid\texpected\tdecision\tarticle\tconfidence\tmicros";

  record Query(String qid, String expected, String text) {}

  record Result(Query query, Decision decision, Reason reason, String article, List<String> options, double confidence, long micros) {

    String tsv() {
      return String.join("\t", query.qid(), query.expected(), decision.name(), article, String.format(java.util.Locale.ROOT, "%.3f", confidence), Long.toString(micros));
    }

    boolean isTopic() {
      return !query.expected().equals(ESCALATE) && !query.expected().equals(OUT_OF_SCOPE);
    }

    /** 1 when the expected article was given, 0.5 when it was one of the choices offered. */
    double topicCredit() {
      if (!article.equals(query.expected())) {
        return decision == Decision.CLARIFY && options.contains(query.expected()) ? 0.5 : 0.0;
      }
      return decision == Decision.CLARIFY ? 0.5 : decision == Decision.DECLINE ? 0.0 : 1.0;
    }
  }

  /** The figures the product is measured on. */
  record Figures(
      int topicRows, double topicScore, int escalateRows, int escalated, int outOfScopeRows, int outOfScopeNotAnswered, int answers, int wrongAnswers) {

    double topicRate() {
      return topicRows == 0 ? 1 : topicScore / topicRows;
    }

    double escalateRate() {
      return escalateRows == 0 ? 1 : (double) escalated / escalateRows;
    }

    double outOfScopeRate() {
      return outOfScopeRows == 0 ? 1 : (double) outOfScopeNotAnswered / outOfScopeRows;
    }

    double wrongAnswerRate() {
      return answers == 0 ? 0 : (double) wrongAnswers / answers;
    }

    String report() {
      return String.format(
          java.util.Locale.ROOT,
          "topic rows answered with the expected article: %5.1f%%  (%.1f of %d, a choice offering it counts half)%n"
              + "ESCALATE rows escalated:                       %5.1f%%  (%d of %d)%n"
              + "OUT_OF_SCOPE rows not answered:                %5.1f%%  (%d of %d)%n"
              + "ANSWER decisions that were wrong:              %5.1f%%  (%d of %d)%n",
          100 * topicRate(), topicScore, topicRows,
          100 * escalateRate(), escalated, escalateRows,
          100 * outOfScopeRate(), outOfScopeNotAnswered, outOfScopeRows,
          100 * wrongAnswerRate(), wrongAnswers, answers);
    }
  }

  private Evaluation() {}

  /** Reads a TSV with the header {@value #QUERIES_HEADER}; each bad line is an error with its number. */
  static List<Query> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (lines.isEmpty() || !lines.get(0).strip().equals(QUERIES_HEADER)) {
      throw new IllegalArgumentException(file + ":1: the first line must be the header '" + QUERIES_HEADER.replace("\t", "<TAB>") + "'");
    }
    List<Query> queries = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = lines.get(i).split("\t", 3);
      if (cols.length < 3) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 3 tab-separated columns (qid, expected, text)");
      }
      queries.add(new Query(cols[0].strip(), cols[1].strip(), cols[2]));
    }
    return queries;
  }

  static List<Result> run(SupportBot bot, List<Query> queries, IntConsumer progress) {
    List<Result> results = new ArrayList<>();
    for (Query q : queries) {
      UserRef user = UserRef.of("eval", q.qid(), q.qid());
      long start = System.nanoTime();
      Reply reply = bot.handle(new IncomingMessage(user, ConversationRef.direct("eval", q.qid()), q.text()));
      long micros = (System.nanoTime() - start) / 1_000;
      results.add(new Result(q, reply.decision(), reply.reason(), topArticle(reply), reply.options().stream().map(Article::id).toList(), reply.confidence(), micros));
      progress.accept(results.size());
    }
    return results;
  }

  /** The article a decision is about: the answer, the first choice offered, or the one shown with an escalation. */
  private static String topArticle(Reply reply) {
    if (reply.decision() == Decision.CLARIFY && !reply.options().isEmpty()) {
      return reply.options().get(0).id();
    }
    if (reply.decision() == Decision.DECLINE) {
      return "-"; // a redirect to facilities or HR is not an answer
    }
    return reply.articleShown().map(Article::id).orElse("-");
  }

  static Figures figures(List<Result> results) {
    int topicRows = 0, escalateRows = 0, escalated = 0, oosRows = 0, oosOk = 0, answers = 0, wrong = 0;
    double topicScore = 0;
    for (Result r : results) {
      String expected = r.query().expected();
      if (r.decision() == Decision.ANSWER) {
        answers++;
        wrong += r.article().equals(expected) ? 0 : 1;
      }
      if (expected.equals(ESCALATE)) {
        escalateRows++;
        escalated += r.decision() == Decision.ESCALATE ? 1 : 0;
      } else if (expected.equals(OUT_OF_SCOPE)) {
        oosRows++;
        oosOk += r.decision() == Decision.ANSWER || r.decision() == Decision.CLARIFY ? 0 : 1;
      } else {
        topicRows++;
        topicScore += r.topicCredit();
      }
    }
    return new Figures(topicRows, topicScore, escalateRows, escalated, oosRows, oosOk, answers, wrong);
  }
}
