package dev.firstline.bench.corpus;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a knowledge-base folder of any size that {@code firstline kb validate} accepts. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a knowledge base of N articles: the starter ones plus generated ones in their style.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles in all, starter ones included.")
  int articles;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (an existing one must be empty or generated).")
  Path out;

  @Option(names = "--starter", defaultValue = "kb", paramLabel = "DIR", description = "The starter knowledge base (default: ${DEFAULT-VALUE}).")
  Path starter;

  @Option(names = "--no-starter-articles", description = "Only generated articles (the starter's settings and synonyms are still copied).")
  boolean withoutStarterArticles;

  @Option(names = "--seed", defaultValue = "7", description = "Same seed, same articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    int generated = KnowledgeBaseWriter.write(out, articles, seed, starter, !withoutStarterArticles);
    System.out.printf(Locale.ROOT, "%s: %d articles (%s) in %d ms%n", out, articles,
        generated == 0 ? "already there" : generated + " generated", (System.nanoTime() - started) / 1_000_000);
    return 0;
  }
}
