package dev.firstline.app;

import dev.firstline.core.insight.ArticleFeedback;
import dev.firstline.kb.LuceneKnowledgeBase;
import dev.firstline.tickets.JdbcTicketStore;
import dev.firstline.kb.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firstline kb ...}: knowledge-base chores. */
@Command(name = "kb", description = "Work with the knowledge base.", subcommands = {KbCommand.Validate.class, KbCommand.Search.class, KbCommand.Feedback.class,
    KbCommand.ListDrafts.class, KbCommand.Publish.class})
final class KbCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code firstline kb validate [DIR]}: checks every file; exit code 1 if any has a problem. */
  @Command(name = "validate", description = "Check every article, settings.yml and synonyms.txt; print each problem with its file and line.")
  static final class Validate implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Knowledge-base folder (default: the configured one).")
    @Nullable Path dir;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path folder = dir != null ? dir : common.config().knowledgeBase();
      List<Problem> problems = LuceneKnowledgeBase.validate(folder);
      PrintWriter out = spec.commandLine().getOut();
      problems.forEach(out::println);
      if (problems.isEmpty()) {
        out.println("OK: every file in " + folder + " is valid.");
        return 0;
      }
      out.println(problems.size() + " problem(s) in " + folder + "; files with problems are not loaded, the others are.");
      return 1;
    }
  }

  /** {@code firstline kb search TEXT}: the articles a message finds, with their confidence. */
  @Command(name = "search", description = "Show the articles a message finds and their confidence (0 to 1).")
  static final class Search implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The message.")
    String[] words;

    @picocli.CommandLine.Option(names = "--limit", defaultValue = "5", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AppConfig config = common.config();
      LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
      PrintWriter out = spec.commandLine().getOut();
      var hits = kb.search(String.join(" ", words), limit);
      if (hits.isEmpty()) {
        out.println("No article matches.");
      }
      hits.forEach(h -> out.printf(java.util.Locale.ROOT, "%.3f  %-22s %s%n", h.confidence(), h.article().id(), h.article().title()));
      return 0;
    }
  }

  /** {@code firstline kb feedback [--since 30d]}: per article, times shown, fix rate, escalation rate, flags. */
  @Command(name = "feedback", description = "Per article: times shown, share fixed, share that went to a person; articles that mostly fail are flagged.")
  static final class Feedback implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Mixin Lookback lookback;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AppConfig config = common.config();
      JdbcTicketStore store = TicketStores.open(config);
      try {
        Instant from = lookback.from(Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Answers since " + from.truncatedTo(ChronoUnit.MINUTES) + ":");
        out.println(ArticleFeedback.table(ArticleFeedback.of(store.questionLog().since(from))));
        return 0;
      } finally {
        store.close();
      }
    }
  }

  /** {@code firstline kb drafts}: the draft articles waiting to be published. */
  @Command(name = "drafts", description = "List the draft articles (from 'gaps draft' and 'tickets draft'), which do not answer until published.")
  static final class ListDrafts implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (LocalDrafts local = LocalDrafts.open(common.config())) {
        int code = DraftOutput.done(spec, local.drafts().list(LocalDrafts.OPERATOR));
        spec.commandLine().getOut().println("They are in " + local.folder() + ".");
        return code;
      }
    }
  }

  /** {@code firstline kb publish ID}: a draft becomes an article that answers. */
  @Command(name = "publish", description = "Publish a draft article: checked, moved among the articles (kept in its history), answering from the next question.")
  static final class Publish implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "ID", description = "The draft's id (see 'kb drafts').")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (LocalDrafts local = LocalDrafts.open(common.config())) {
        return DraftOutput.done(spec, local.drafts().publish(LocalDrafts.OPERATOR, id));
      }
    }
  }
}
