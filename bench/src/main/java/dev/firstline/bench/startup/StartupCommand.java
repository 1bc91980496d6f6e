package dev.firstline.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code startup}: launches {@code firstline chat} as a person would (a new JVM, the real jar, the
 * embedded ticket database), times launch to its "ready" line, measures memory, then quits it.
 */
@Command(name = "startup", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Time from launching the firstline jar's chat to its 'ready' line, its resident memory and its heap after a full GC.",
        "A first start creates the embedded database (and the embedding cache if missing); the measured restarts reuse them."})
public final class StartupCommand implements Callable<Integer> {

  private static final Pattern READY = Pattern.compile("^Firstline: (\\d+) articles from .*, ready in (\\d+) ms");

  @Option(names = "--jar", defaultValue = "app/target/firstline.jar", paramLabel = "FILE", description = "The application (default: ${DEFAULT-VALUE}).")
  Path jar = Path.of("app/target/firstline.jar");

  @Option(names = "--kb", defaultValue = "kb", paramLabel = "DIR", description = "Knowledge-base folder (default: ${DEFAULT-VALUE}).")
  Path kb = Path.of("kb");

  @Option(names = "--semantic", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Hybrid search as the app does by default (--no-semantic: lexical only).")
  boolean semantic = true;

  @Option(names = "--runs", defaultValue = "5", description = "Measured restarts after the first start (default: ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(names = "--jvm-arg", paramLabel = "ARG", description = "An option for the application's JVM, such as -Xmx256m (repeatable).")
  List<String> jvmArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(jar)) {
      System.err.println(jar + " is missing: build it with ./mvnw -q -pl app -am package -DskipTests");
      return 2;
    }
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path scratch = Files.createTempDirectory("firstline-startup-");
    try {
      Path config = scratch.resolve("firstline.yml");
      Files.writeString(config, "data-dir: " + scratch.resolve("data").toAbsolutePath() + "\n");
      System.out.printf(Locale.ROOT, "firstline chat on %s (%s search), %s, JVM options %s%n", kb, semantic ? "hybrid" : "lexical", jar, jvmArgs);
      print("first start (creates the database)", launch(javaHome, config));
      List<Launch> launches = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        Launch launch = launch(javaHome, config);
        launches.add(launch);
        print("restart " + i, launch);
      }
      System.out.printf(Locale.ROOT, "median of %d restarts: ready after %d ms, RSS %d MB, heap used after full GC %d MB%n", runs,
          median(launches.stream().mapToLong(Launch::readyMillis).toArray()),
          median(launches.stream().mapToLong(l -> l.memory().rssKb()).toArray()) / 1024,
          median(launches.stream().mapToLong(l -> l.memory().heapUsedKb()).toArray()) / 1024);
      return 0;
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void print(String which, Launch launch) {
    System.out.printf(Locale.ROOT, "  %s: ready after %d ms (the app's own load time %d ms), %d articles; RSS %d MB (peak %d MB); heap after full GC %d MB used of %d MB committed%n",
        which, launch.readyMillis(), launch.loadMillis(), launch.articles(), launch.memory().rssKb() / 1024, launch.memory().peakRssKb() / 1024,
        launch.memory().heapUsedKb() / 1024, launch.memory().heapCommittedKb() / 1024);
  }

  /** One start: how long until ready, the app's own figure for loading, and the memory then. */
  record Launch(long readyMillis, long loadMillis, int articles, ProcessMemory memory) {}

  private Launch launch(Path javaHome, Path config) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-Dfirstline.home=" + Path.of("").toAbsolutePath(), "-jar", jar.toString(), "chat",
        "--config", config.toString(), "--kb", kb.toString(), semantic ? "--semantic-search" : "--no-semantic-search"));
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer in = process.outputWriter(StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          long readyMillis = (System.nanoTime() - started) / 1_000_000;
          ProcessMemory memory = ProcessMemory.of(process.pid(), javaHome.resolve("bin").resolve("jcmd"));
          in.write("/quit\n");
          in.flush();
          return new Launch(readyMillis, Long.parseLong(ready.group(2)), Integer.parseInt(ready.group(1)), memory);
        }
      }
      throw new IllegalStateException("firstline chat ended without printing its ready line; run it by hand: " + String.join(" ", command));
    } finally {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
