package dev.firstline.app;

import dev.firstline.core.insight.GapReport;
import dev.firstline.core.insight.GapText;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firstline gaps [--since 30d] [--limit N]}: what the bot could not answer, grouped into topics. */
@Command(name = "gaps", description = "The questions the bot could not answer (asked which topic, escalated, declined), grouped into topics, the biggest first.",
    subcommands = GapsCommand.Draft.class)
final class GapsCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Mixin Lookback lookback;

  @Option(names = "--limit", defaultValue = "10", description = "How many topics to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (LocalDrafts local = LocalDrafts.open(common.config())) {
      Instant now = Instant.now();
      PrintWriter out = spec.commandLine().getOut();
      GapReport report = local.gaps(lookback.from(now), now);
      out.println(GapText.of(report, limit));
      if (!report.gaps().isEmpty()) {
        out.println("\n'firstline gaps draft N' writes topic N as a draft article (use the same --since).");
      }
      return 0;
    }
  }

  /** {@code firstline gaps draft N [--since 30d]}: topic N of the report as a draft article. */
  @Command(name = "draft", description = "Write topic N of the gap report as a draft article, which answers only once published.")
  static final class Draft implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Mixin Lookback lookback;

    @Parameters(paramLabel = "N", description = "The topic's number in the report.")
    int number;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AppConfig config = common.config();
      try (LocalDrafts local = LocalDrafts.open(config)) {
        Instant now = Instant.now();
        GapReport report = local.gaps(lookback.from(now), now);
        return report.gap(number)
            .map(gap -> DraftOutput.print(spec, local, local.drafts().fromGap(LocalDrafts.OPERATOR, gap, config.desk().defaultQueue())))
            .orElseGet(() -> {
              spec.commandLine().getErr().println("firstline: the gap report has no topic " + number + " (it has " + report.gaps().size() + ").");
              return 1;
            });
      }
    }
  }
}
