package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

  @Test
  void load_noFile_usesDefaultsUnderHome(@TempDir Path home) {
    AppConfig config = AppConfig.load(null, home, Map.of());

    assertThat(config.knowledgeBase()).isEqualTo(home.resolve("kb"));
    assertThat(config.conversationMemory()).isEqualTo(Duration.ofHours(8));
    assertThat(config.ticketPrefix()).isEqualTo("HD");
  }

  @Test
  void load_fileAndEnvironment_environmentWins(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "knowledge-base: articles\nconversation-memory: 30m\ndecision:\n  answer: 0.4\n  strong: 0.6\n");

    AppConfig config = AppConfig.load(file, home, Map.of("FIRSTLINE_KB", "/srv/kb"));

    assertThat(config.knowledgeBase()).isEqualTo(Path.of("/srv/kb"));
    assertThat(config.conversationMemory()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.decision().answer()).isEqualTo(0.4);
  }

  @Test
  void load_unknownKey_listsTheAllowedKeys(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "knowledge_base: kb\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of()))
        .hasMessageContaining("unknown key 'knowledge_base'")
        .hasMessageContaining("conversation-memory, decision, knowledge-base, semantic-search, ticket-prefix");
  }

  @Test
  void load_thresholdOutOfRange_saysWhatIsAllowed(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "decision:\n  answer: 3\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of())).hasMessageContaining("answer must be in [0, 1] but was 3.0");
  }

  @Test
  void load_badDurationAndPrefix_areRefused(@TempDir Path home) throws Exception {
    Path duration = Files.writeString(home.resolve("a.yml"), "conversation-memory: forever\n");
    Path prefix = Files.writeString(home.resolve("b.yml"), "ticket-prefix: hd\n");

    assertThatThrownBy(() -> AppConfig.load(duration, home, Map.of())).hasMessageContaining("like 30m, 8h or 2d");
    assertThatThrownBy(() -> AppConfig.load(prefix, home, Map.of())).hasMessageContaining("capital letters");
  }

  @Test
  void load_invalidYaml_namesTheFile(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "decision: [unclosed\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of())).hasMessageContaining("firstline.yml: invalid YAML");
  }

  @Test
  void load_relativeHome_resolvesTheKnowledgeBaseOnce() {
    AppConfig config = AppConfig.load(null, Path.of("some/home"), Map.of());

    assertThat(config.knowledgeBase()).isEqualTo(Path.of("some/home/kb"));
  }
}
