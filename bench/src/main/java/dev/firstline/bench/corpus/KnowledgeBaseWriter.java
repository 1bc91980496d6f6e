package dev.firstline.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a knowledge-base folder of a given number of articles: the starter articles (with their
 * settings and synonyms) plus generated ones in {@code generated/NNN/} folders of a thousand. A
 * marker file records what was written, so an existing folder of the same recipe is reused.
 */
public final class KnowledgeBaseWriter {

  /** Holds the recipe once the folder is complete; "incomplete" while it is written. */
  static final String MARKER = ".generated";
  private static final int PER_FOLDER = 1_000;

  private KnowledgeBaseWriter() {}

  /**
   * Makes {@code target} hold exactly {@code articles} articles, unless it already does with this
   * seed. The starter articles count towards the total; without {@code starter} only generated
   * articles are written (with the starter's settings and synonyms, which their placeholders need).
   * A folder that is neither empty nor written by this class is refused, never deleted.
   *
   * @return how many articles were generated (0 if the folder was reused)
   */
  public static int write(Path target, int articles, long seed, Path starterKb, boolean starter) {
    String recipe = "articles=" + articles + " seed=" + seed + " starter=" + starter + " generator=1";
    Path marker = target.resolve(MARKER);
    try {
      if (Files.exists(marker) && Files.readString(marker).strip().equals(recipe)) {
        return 0;
      }
      if (Files.isDirectory(target) && !Files.exists(marker)) {
        try (Stream<Path> entries = Files.list(target)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException(target + " is not empty and was not written by the generator; choose another folder");
          }
        }
      }
      deleteRecursively(target);
      Files.createDirectories(target);
      Files.writeString(marker, "incomplete\n"); // ours to delete if this run is interrupted
      int starters = starter ? copyArticles(starterKb, target) : 0;
      for (String name : List.of("settings.yml", "synonyms.txt")) {
        if (Files.exists(starterKb.resolve(name))) {
          Files.copy(starterKb.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      int generated = Math.max(0, articles - starters);
      ArticleGenerator generator = new ArticleGenerator(seed);
      if (generated > generator.capacity()) {
        throw new IllegalArgumentException(articles + " articles is more than the vocabulary can make (" + generator.capacity() + ")");
      }
      for (int n = 0; n < generated; n++) {
        GeneratedArticle article = generator.article(n);
        Path folder = target.resolve("generated").resolve(String.format("%03d", n / PER_FOLDER));
        if (n % PER_FOLDER == 0) {
          Files.createDirectories(folder);
        }
        Files.writeString(folder.resolve(article.id() + ".md"), article.markdown());
      }
      Files.writeString(marker, recipe + "\n");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the knowledge base " + target, e);
    }
  }

  /** Copies the starter's article files (not its hidden folders) and returns how many articles they are. */
  private static int copyArticles(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !hidden(from.relativize(p))).toList();
    }
    int articles = 0;
    for (Path file : files) {
      Path copy = to.resolve(from.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      String name = file.getFileName().toString();
      if (name.endsWith(".md") && !name.equalsIgnoreCase("README.md")) {
        articles++;
      }
    }
    return articles;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void deleteRecursively(@Nullable Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, @Nullable IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
