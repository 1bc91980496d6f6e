package dev.firstline.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command shares: where the configuration and the knowledge base are. */
final class CommonOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: firstline.yml in the Firstline folder, if present).")
  @Nullable Path config;

  @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge-base folder (default: kb/ in the Firstline folder).")
  @Nullable Path kb;

  AppConfig config() {
    AppConfig loaded = AppConfig.load(config, home(), System.getenv());
    return kb == null ? loaded : new AppConfig(kb.toAbsolutePath().normalize(), loaded.decision(), loaded.conversationMemory(), loaded.ticketPrefix());
  }

  /** The Firstline folder: set by the launcher, else the working directory. */
  static Path home() {
    String home = System.getProperty("firstline.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }
}
