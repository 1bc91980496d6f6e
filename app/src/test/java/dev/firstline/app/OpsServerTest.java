package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.UserRef;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} and {@code /health} over a real socket, with the real knowledge base and the embedded ticket store. */
class OpsServerTest {

  private static final UserRef ALICE = UserRef.of("test", "A1", "Alice");
  private static final ConversationRef DM = ConversationRef.direct("test", "D-A1");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private AppConfig config() {
    return AppConfig.load(Path.of(Cli.config(dir)), dir, Map.of()).with(Path.of(Cli.KB).toAbsolutePath().normalize(), false);
  }

  private static HttpResponse<String> get(OpsServer ops, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ops.port() + path)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metrics_afterAnAnswerAndAnEscalation_countBothAndTheirLatency() throws Exception {
    MicrometerMonitor metrics = new MicrometerMonitor();
    try (LocalBot local = LocalBot.open(config(), new PrintWriter(Writer.nullWriter()), person -> Set.of(), metrics);
        OpsServer ops = OpsServer.start(0, metrics.measure(local.knowledgeBase()), local.store(), local.knowledgeBase())) {
      Reply answer = local.bot().handle(new IncomingMessage(ALICE, DM, "I forgot my password"));
      Reply escalation = local.bot().feedback(ALICE, DM, Feedback.TALK_TO_PERSON);
      Ticket ticket = escalation.ticketOpened().orElseThrow();

      HttpResponse<String> response = get(ops, "/metrics");

      assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
      assertThat(escalation.decision()).isEqualTo(Decision.ESCALATE);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_TEXT);
      assertThat(response.body().lines())
          .contains(
              "firstline_questions_total 2.0",
              "firstline_answers_total{decision=\"answer\"} 1.0",
              "firstline_answers_total{decision=\"escalate\"} 1.0",
              "firstline_answers_total{decision=\"clarify\"} 0.0",
              "firstline_escalations_total{priority=\"" + ticket.priority().name().toLowerCase(Locale.ROOT) + "\",queue=\"" + ticket.queue() + "\"} 1.0",
              "firstline_sla_breaches_total{deadline=\"claim\"} 0.0",
              "firstline_decision_latency_seconds_count 2",
              "firstline_search_latency_seconds_count 1",
              "firstline_knowledge_base_articles " + local.knowledgeBase().articles().size() + ".0");
      assertThat(response.body()).contains("firstline_decision_latency_seconds_sum ");
    }
  }

  @Test
  void health_storeAndKnowledgeBaseUp_is200_andStoreClosed_is503NamingTheStore() throws Exception {
    MicrometerMonitor metrics = new MicrometerMonitor();
    LocalBot local = LocalBot.open(config(), new PrintWriter(Writer.nullWriter()), person -> Set.of(), metrics);
    try (OpsServer ops = OpsServer.start(0, metrics, local.store(), local.knowledgeBase())) {
      HttpResponse<String> up = get(ops, "/health");
      local.close(); // the database goes away under the running server
      HttpResponse<String> down = get(ops, "/health");

      assertThat(up.statusCode()).isEqualTo(200);
      assertThat(up.headers().firstValue("Content-Type")).hasValue("application/json");
      JsonNode upBody = new ObjectMapper().readTree(up.body());
      assertThat(upBody.path("status").asText()).isEqualTo("UP");
      assertThat(upBody.path("checks").path("store").asText()).isEqualTo("UP");
      assertThat(upBody.path("checks").path("knowledgeBase").asText()).isEqualTo("UP");
      assertThat(down.statusCode()).isEqualTo(503);
      JsonNode downBody = new ObjectMapper().readTree(down.body());
      assertThat(downBody.path("status").asText()).isEqualTo("DOWN");
      assertThat(downBody.path("checks").path("store").asText()).startsWith("DOWN");
      assertThat(downBody.path("checks").path("knowledgeBase").asText()).isEqualTo("UP");
    }
  }

  @Test
  void health_emptyKnowledgeBase_is503NamingIt_andOtherPathsAre404() throws Exception {
    try (OpsServer ops = OpsServer.start(0, new MicrometerMonitor(), new InMemoryTicketStore("HD"), new StubKnowledgeBase())) {
      HttpResponse<String> health = get(ops, "/health");
      HttpResponse<String> other = get(ops, "/admin");

      assertThat(health.statusCode()).isEqualTo(503);
      JsonNode body = new ObjectMapper().readTree(health.body());
      assertThat(body.path("checks").path("store").asText()).isEqualTo("UP");
      assertThat(body.path("checks").path("knowledgeBase").asText()).isEqualTo("DOWN: no articles");
      assertThat(other.statusCode()).isEqualTo(404);
    }
  }
}
