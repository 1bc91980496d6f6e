package dev.firstline.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code firstline eval}: runs labelled messages through the bot and prints the figures. */
@Command(name = "eval", description = "Decide every message of a labelled TSV file, write the decisions and print the figures per class.")
final class EvalCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "TSV with the header: qid, expected, text (expected = topic id, ESCALATE or OUT_OF_SCOPE).")
  Path queries;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the decisions (TSV: qid, expected, decision, article, confidence, micros).")
  Path out;

  @Option(names = "--explain", description = "Add a column with the top three articles and their confidence, for tuning.")
  boolean explain;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static String topHits(LocalBot local, String text) {
    return local.knowledgeBase().search(text, 3).stream()
        .map(h -> h.article().id() + String.format(java.util.Locale.ROOT, ":%.2f", h.confidence()))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<Evaluation.Query> rows = Evaluation.read(queries);
    LocalBot local = LocalBot.start(common.config());
    err.printf(
        "Loaded %d articles in %d ms (%s search); deciding %d messages...%n",
        local.knowledgeBase().articles().size(), local.loadMillis(), local.knowledgeBase().semantic() ? "hybrid" : "lexical", rows.size());
    int step = Math.max(1, rows.size() / 10);
    List<Evaluation.Result> results =
        Evaluation.run(local.bot(), rows, done -> {
          if (done % step == 0 || done == rows.size()) {
            err.printf("  %d/%d%n", done, rows.size());
            err.flush();
          }
        });
    List<String> lines = new ArrayList<>();
    lines.add(Evaluation.RESULTS_HEADER + (explain ? "\thits\treason" : ""));
    results.forEach(r -> lines.add(r.tsv() + (explain ? "\t" + topHits(local, r.query().text()) + "\t" + r.reason() : "")));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, lines);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(Evaluation.figures(results).report());
    long[] micros = results.stream().mapToLong(Evaluation.Result::micros).sorted().toArray();
    if (micros.length > 0) {
      stdout.printf("decision time: median %d µs, 95th percentile %d µs%n", micros[micros.length / 2], micros[(int) Math.min(micros.length - 1, Math.ceil(micros.length * 0.95) - 1)]);
    }
    stdout.println("decisions written to " + out);
    return 0;
  }
}
