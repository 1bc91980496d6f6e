package dev.firstline.bench.cli;

import dev.firstline.bench.corpus.GenerateCommand;
import dev.firstline.bench.load.LoadCommand;
import dev.firstline.bench.startup.StartupCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmark tools that are not JMH benchmarks: {@code java -cp bench/target/benchmarks.jar dev.firstline.bench.cli.BenchTools}. */
@Command(name = "bench-tools", mixinStandardHelpOptions = true,
    description = "Firstline benchmark tools (the JMH benchmarks run with java -jar bench/target/benchmarks.jar).",
    subcommands = {GenerateCommand.class, LoadCommand.class, StartupCommand.class})
public final class BenchTools implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchTools()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
