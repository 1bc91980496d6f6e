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

  @Option(names = "--semantic-search", negatable = true, paramLabel = "BOOLEAN", description = "Also compare meaning with the local embedding model (default: semantic-search in the configuration, else on).")
  @Nullable Boolean semanticSearch;

  AppConfig config() {
    AppConfig loaded = AppConfig.load(config, home(), System.getenv());
    return loaded.with(
        kb == null ? loaded.knowledgeBase() : kb.toAbsolutePath().normalize(),
        semanticSearch == null ? loaded.semanticSearch() : semanticSearch);
  }

  /** The Firstline folder: set by the launcher, else the working directory. */
  static Path home() {
    String home = System.getProperty("firstline.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }
}
