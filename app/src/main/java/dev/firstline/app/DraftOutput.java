package dev.firstline.app;

import dev.firstline.core.Curation.Outcome;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What the draft commands print: what was done and where to edit the draft, or why not. */
final class DraftOutput {

  private DraftOutput() {}

  /** Prints the outcome of writing a draft; 0 if it was written, else 1. */
  static int print(CommandSpec spec, LocalDrafts local, Outcome outcome) {
    if (!outcome.done()) {
      spec.commandLine().getErr().println("firstline: " + outcome.message());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(outcome.message());
    out.println("Edit it in " + local.folder() + ", then run 'firstline kb publish ID'.");
    return 0;
  }

  /** Prints the outcome of anything else; 0 if it was done, else 1. */
  static int done(CommandSpec spec, Outcome outcome) {
    if (!outcome.done()) {
      spec.commandLine().getErr().println("firstline: " + outcome.message());
      return 1;
    }
    spec.commandLine().getOut().println(outcome.message());
    return 0;
  }
}
