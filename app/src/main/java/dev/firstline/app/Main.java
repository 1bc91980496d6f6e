package dev.firstline.app;

import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code firstline} command line: the one entry point of the application. */
@Command(
    name = "firstline",
    mixinStandardHelpOptions = true,
    version = "firstline 0.1.0",
    description = "First-line IT support bot: answers from the knowledge base, escalates the rest.",
    subcommands = {
      ChatCommand.class, RunCommand.class, AskCommand.class, KbCommand.class, EvalCommand.class, TicketsCommand.class, ReportCommand.class,
      GapsCommand.class
    })
public final class Main implements Runnable {

  // Held so the level set below is not lost when the logger is garbage-collected.
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // A tiny index gains nothing from the vector API; don't warn that it is off.
    LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof AppConfig.ConfigException || e instanceof IllegalArgumentException) {
            cmd.getErr().println("firstline: " + e.getMessage());
            return 2;
          }
          if (e instanceof TicketStores.Unavailable) {
            cmd.getErr().println("firstline: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
