package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest {

  @Test
  void validate_bundledKnowledgeBase_isClean() {
    Cli cli = Cli.run("kb", "validate", Cli.KB);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("OK");
  }

  @Test
  void validate_brokenArticle_printsFileAndLineAndFails(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("broken.md"),
        """
        ---
        id: broken
        title: Broken
        tags: [x]
        questions: []
        queue: network
        escalate: maybe
        owner: desk
        updated: 2026-11-22
        ---
        Body.
        """);

    Cli cli = Cli.run("kb", "validate", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("broken.md:7: 'escalate' must be true or false but was 'maybe'");
  }

  @Test
  void search_showsArticlesWithConfidence() {
    Cli cli = Cli.run("kb", "search", "--kb", Cli.KB, "--limit", "2", "forgot", "my", "password");

    assertThat(cli.out().lines().toList()).hasSize(2).first().asString().contains("password-reset");
  }
}
