package dev.firstline.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  /** The bundled knowledge base, relative to this module. */
  static final String KB = "../kb";

  /**
   * Writes {@code firstline.yml} in {@code dir} with the ticket store under {@code dir/data}, and
   * these further lines; returns its path for {@code --config}.
   */
  static String config(Path dir, String... lines) {
    try {
      String yaml = "data-dir: " + dir.resolve("data") + "\n" + String.join("\n", lines) + "\n";
      return Files.writeString(dir.resolve("firstline.yml"), yaml).toString();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Cli run(String... args) {
    return runWithInput("", args);
  }

  static Cli runWithInput(String input, String... args) {
    CommandLine cli = Main.commandLine();
    CommandLine chat = cli.getSubcommands().get("chat");
    ((ChatCommand) chat.getCommand()).input = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    return execute(cli, args);
  }

  /** Runs a command line prepared by the test (a command's clock replaced, say). */
  static Cli execute(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
