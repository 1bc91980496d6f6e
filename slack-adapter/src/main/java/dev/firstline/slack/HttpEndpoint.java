package dev.firstline.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode (Events API, interactivity and slash commands on one URL) on the JDK's HTTP
 * server. Bolt checks each request: a wrong signature or a timestamp more than five minutes old
 * gets 401 before any handler runs.
 */
final class HttpEndpoint {

  static final String PATH = "/slack/events";
  private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);
  private static final int MAX_BODY = 1 << 20;

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().name("slack-http-", 0).factory());

  HttpEndpoint(App app, InetSocketAddress address) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.server = HttpServer.create(address, 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(threads);
  }

  void start() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) {
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      Map<String, List<String>> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
      Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.getRequestURI().getPath())
          .queryString(Map.of())
          .headers(new RequestHeaders(headers))
          .requestBody(new String(bytes, StandardCharsets.UTF_8))
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build());
      Response response = app.run(request);
      String contentType = response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType();
      send(exchange, response.getStatusCode(), contentType, response.getBody() == null ? "" : response.getBody());
    } catch (Exception e) {
      log.error("could not handle a request from Slack", e);
      try {
        send(exchange, 500, "text/plain", "error");
      } catch (IOException | RuntimeException ignored) {
        // the response had already begun; closing the exchange ends it
      }
    } finally {
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
