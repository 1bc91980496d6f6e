package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AskCommandTest {

  @Test
  void ask_json_reportsDecisionArticleAndConfidence() throws Exception {
    Cli cli = Cli.run("ask", "--kb", Cli.KB, "--json", "I forgot my password");

    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("decision").asText()).isEqualTo("ANSWER");
    assertThat(json.get("article").asText()).isEqualTo("password-reset");
    assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void ask_notAboutIt_declines() {
    Cli cli = Cli.run("ask", "--kb", Cli.KB, "can you book me a parking space for friday");

    assertThat(cli.out()).startsWith("DECLINE");
  }

  @Test
  void ask_missingKnowledgeBase_failsWithAClearMessage() {
    Cli cli = Cli.run("ask", "--kb", "no/such/folder", "hello");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("knowledge base folder not found").contains("no/such/folder");
  }
}
