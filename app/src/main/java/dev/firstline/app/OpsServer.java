package dev.firstline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.TicketStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code GET /health} (the ticket store and the knowledge base checked;
 * 200 when both are up, 503 naming the failing check otherwise) and {@code GET /metrics} (the
 * Prometheus text format). On the JDK's HTTP server, one small thread pool.
 */
final class OpsServer implements AutoCloseable {

  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads;

  private OpsServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Serves on {@code port} (0 picks a free one) until {@link #close()}. */
  static OpsServer start(int port, MicrometerMonitor metrics, TicketStore store, KnowledgeBase knowledgeBase) {
    Map<String, Supplier<String>> checks = new LinkedHashMap<>();
    checks.put("store", () -> {
      store.find(new TicketId("HEALTH-1")); // a cheap read: fails if the database is gone
      return "UP";
    });
    checks.put("knowledgeBase", () -> knowledgeBase.articles().isEmpty() ? "DOWN: no articles" : "UP");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve /health and /metrics on port " + port + ": " + e.getMessage(), e);
    }
    ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "firstline-ops");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/metrics", exchange -> respond(exchange, () -> new Response(200, PROMETHEUS_TEXT, metrics.scrape())));
    server.createContext("/health", exchange -> respond(exchange, () -> health(checks)));
    server.start();
    return new OpsServer(server, threads);
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private record Response(int status, String contentType, String body) {}

  private static Response health(Map<String, Supplier<String>> checks) {
    Map<String, String> results = new LinkedHashMap<>();
    checks.forEach((name, check) -> {
      try {
        results.put(name, check.get());
      } catch (RuntimeException e) {
        log.warn("health check '{}' failed", name, e);
        results.put(name, "DOWN: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    });
    boolean up = results.values().stream().allMatch("UP"::equals);
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", up ? "UP" : "DOWN");
    health.put("checks", results);
    String body;
    try {
      body = JSON.writeValueAsString(health);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Response(up ? 200 : 503, "application/json", body);
  }

  private static void respond(HttpExchange exchange, Supplier<Response> handler) throws IOException {
    try (exchange) {
      Response response;
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        response = new Response(405, "text/plain; charset=utf-8", "only GET\n");
      } else if (!path.equals("/metrics") && !path.equals("/health")) {
        response = new Response(404, "text/plain; charset=utf-8", "not found; try /health or /metrics\n");
      } else {
        response = handler.get();
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (RuntimeException e) {
      log.warn("the operations endpoint failed on {}", exchange.getRequestURI(), e);
      throw e;
    }
  }
}
