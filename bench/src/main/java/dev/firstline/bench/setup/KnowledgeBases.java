package dev.firstline.bench.setup;

import dev.firstline.bench.corpus.KnowledgeBaseWriter;
import java.nio.file.Path;

/**
 * Where benchmarks find a knowledge base by size: {@code starter} is the bundled {@code kb/}; a
 * number is that many articles (the starter ones plus generated ones), written once under {@code
 * bench/target/generated-kb/} and reused while the recipe is unchanged.
 */
public final class KnowledgeBases {

  /** The seed of every generated knowledge base, so the same size is the same articles everywhere. */
  public static final long SEED = 7;

  private KnowledgeBases() {}

  /**
   * @param home the Firstline folder (the repository root)
   * @param size {@code starter}, or a number of articles such as {@code 10000}
   */
  public static Path folder(Path home, String size) {
    Path starter = home.resolve("kb");
    if (size.equals("starter")) {
      return starter;
    }
    int articles;
    try {
      articles = Integer.parseInt(size.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("size must be 'starter' or a number of articles, but was '" + size + "'", e);
    }
    Path target = generatedFolder(home, articles);
    KnowledgeBaseWriter.write(target, articles, SEED, starter, true);
    return target;
  }

  /** Where the knowledge base of {@code articles} articles is kept. */
  public static Path generatedFolder(Path home, int articles) {
    return home.resolve("bench").resolve("target").resolve("generated-kb").resolve("kb-" + articles);
  }
}
