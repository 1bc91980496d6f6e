package dev.firstline.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Slack for tests: the Web API on the JDK's HTTP server (it records every call and answers
 * the methods the adapter uses), a Socket Mode WebSocket server that pushes envelopes and records
 * the acknowledgements, and a response_url endpoint.
 */
final class FakeSlack implements AutoCloseable {

  static final String BOT_TOKEN = "xoxb-fake";
  static final String APP_TOKEN = "xapp-fake";
  static final String BOT_USER = "UBOT";

  /** One Web API call as the fake received it. */
  record Call(String method, Map<String, String> params, String authorization, long atMillis, String ts) {

    String param(String name) {
      return params.getOrDefault(name, "");
    }

    /** The {@code text} and the {@code blocks} (or {@code view}) together, for text assertions. */
    String allText() {
      return param("text") + "\n" + String.join("\n", Blocks.texts(this)) + "\n" + param("view");
    }
  }

  private static final Gson GSON = new Gson();

  private final HttpServer http;
  private final java.util.concurrent.ExecutorService httpThreads = java.util.concurrent.Executors.newFixedThreadPool(8);
  private final Socket socket;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> responses = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
  private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
  private final Map<String, Predicate<Map<String, String>>> failureMatch = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final AtomicInteger ts = new AtomicInteger();
  private final AtomicInteger envelopes = new AtomicInteger();

  FakeSlack() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/api/", this::api);
    http.createContext("/respond/", this::respond);
    http.setExecutor(httpThreads);
    http.start();
    socket = new Socket();
    socket.start();
    if (!socket.started.await(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake Socket Mode server did not start");
    }
  }

  String methodsEndpointUrlPrefix() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
  }

  String responseUrl(String name) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/respond/" + name;
  }

  FakeSlack group(String id, String... members) {
    groups.put(id, List.of(members));
    return this;
  }

  FakeSlack person(String id, String displayName) {
    names.put(id, displayName);
    return this;
  }

  /** The next {@code times} calls of the method get HTTP 429 with this Retry-After. */
  void rateLimit(String method, int times, String retryAfterSeconds) {
    failures.put(method, new AtomicInteger(times));
    failureStatus.put(method, 429);
    failureMatch.remove(method);
    retryAfter.put(method, retryAfterSeconds);
  }

  /** The next {@code times} calls of the method that match get this HTTP status (a server error). */
  void fail(String method, Predicate<Map<String, String>> matching, int times, int status) {
    failures.put(method, new AtomicInteger(times));
    failureStatus.put(method, status);
    failureMatch.put(method, matching);
  }

  /** Every call of the method waits this long before it is answered. */
  void delay(String method, Duration delay) {
    delays.put(method, delay);
  }

  // ---- Web API ----------------------------------------------------------------------------

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    Map<String, String> params = type.contains("json") ? json(body) : form(body);
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    long at = System.currentTimeMillis();
    Duration delay = delays.get(method);
    if (delay != null) {
      sleep(delay);
    }
    AtomicInteger failing = failures.get(method);
    if (failing != null && failureMatch.getOrDefault(method, p -> true).test(params) && failing.getAndDecrement() > 0) {
      calls.add(new Call(method, params, auth, at, ""));
      int status = failureStatus.get(method);
      if (status == 429) {
        exchange.getResponseHeaders().set("Retry-After", retryAfter.get(method));
      }
      send(exchange, status, status == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "<html>server error</html>");
      return;
    }
    String answer = answer(method, params);
    JsonObject answered = JsonParser.parseString(answer).getAsJsonObject();
    calls.add(new Call(method, params, auth, at, answered.has("ts") ? answered.get("ts").getAsString() : ""));
    send(exchange, 200, answer);
  }

  private String answer(String method, Map<String, String> p) {
    return switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"firstline\",\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER
          + "\",\"bot_id\":\"BBOT\"}";
      case "apps.connections.open" -> "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":" + GSON.toJson(p.get("channel")) + ",\"ts\":\"" + nextTs() + "\"}";
      case "chat.update" -> "{\"ok\":true,\"channel\":" + GSON.toJson(p.get("channel")) + ",\"ts\":" + GSON.toJson(p.get("ts")) + "}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
      case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V1\"}}";
      case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"VH-" + p.get("user_id") + "\",\"type\":\"home\"}}";
      case "reactions.add" -> "{\"ok\":true}";
      case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D-" + p.get("users") + "\"}}";
      case "usergroups.users.list" -> "{\"ok\":true,\"users\":" + GSON.toJson(groups.getOrDefault(p.get("usergroup"), List.of())) + "}";
      case "users.info" -> {
        String id = p.get("user");
        String name = names.getOrDefault(id, id);
        yield "{\"ok\":true,\"user\":{\"id\":" + GSON.toJson(id) + ",\"name\":" + GSON.toJson(name.toLowerCase(java.util.Locale.ROOT))
            + ",\"profile\":{\"display_name\":" + GSON.toJson(name) + ",\"real_name\":" + GSON.toJson(name) + "}}}";
      }
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
  }

  private void respond(HttpExchange exchange) throws IOException {
    responses.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    send(exchange, 200, "ok");
  }

  private String nextTs() {
    return "1700000000." + String.format("%06d", ts.incrementAndGet());
  }

  // ---- what the tests look at -------------------------------------------------------------

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> calls(String method, Predicate<Call> matching) {
    return calls(method).stream().filter(matching).toList();
  }

  /** Waits for a call of the method that matches, and returns it. */
  Call await(String method, Predicate<Call> matching) {
    return poll(() -> calls(method, matching).stream().findFirst().orElse(null), "a " + method + " call that matches");
  }

  /** Waits until {@code count} calls of the method match, and returns them. */
  List<Call> await(String method, Predicate<Call> matching, int count) {
    return poll(() -> {
      List<Call> found = calls(method, matching);
      return found.size() >= count ? found : null;
    }, count + " " + method + " calls that match");
  }

  List<String> responses() {
    return List.copyOf(responses);
  }

  String awaitResponse(Predicate<String> matching) {
    return poll(() -> responses.stream().filter(matching).findFirst().orElse(null), "a response_url post that matches");
  }

  boolean acked(String envelopeId) {
    return socket.acks.stream().anyMatch(a -> envelopeId.equals(a.get("envelope_id").getAsString()));
  }

  /** What the app answered in its acknowledgement of an envelope (a modal's response_action), once it came. */
  JsonObject ackPayload(String envelopeId) {
    return poll(() -> socket.acks.stream()
        .filter(a -> envelopeId.equals(a.get("envelope_id").getAsString()))
        .findFirst()
        .map(a -> a.has("payload") && a.get("payload").isJsonObject() ? a.getAsJsonObject("payload") : new JsonObject())
        .orElse(null), "the ack of " + envelopeId);
  }

  void awaitAck(String envelopeId) {
    poll(() -> acked(envelopeId) ? Boolean.TRUE : null, "the ack of " + envelopeId);
  }

  static <T> T poll(java.util.function.Supplier<T> found, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      sleep(Duration.ofMillis(20));
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  // ---- Socket Mode ------------------------------------------------------------------------

  void awaitSocketModeConnection() {
    poll(() -> socket.hello.getCount() == 0 ? Boolean.TRUE : null, "a Socket Mode connection");
  }

  /** Pushes an Events API envelope; returns its envelope id. */
  String event(String eventId, int retryAttempt, Map<String, Object> event) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("token", "verification-token");
    payload.put("team_id", "T1");
    payload.put("api_app_id", "A1");
    payload.put("event", event);
    payload.put("type", "event_callback");
    payload.put("event_id", eventId);
    payload.put("event_time", System.currentTimeMillis() / 1000);
    Map<String, Object> envelope = envelope("events_api", payload);
    envelope.put("retry_attempt", retryAttempt);
    envelope.put("retry_reason", retryAttempt == 0 ? "" : "timeout");
    return push(envelope);
  }

  /** A person's direct message to the bot. */
  static Map<String, Object> directMessage(String user, String channel, String text, String ts, String clientMsgId) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "message");
    e.put("channel_type", "im");
    e.put("channel", channel);
    e.put("user", user);
    e.put("text", text);
    e.put("ts", ts);
    e.put("event_ts", ts);
    e.put("client_msg_id", clientMsgId);
    return e;
  }

  /** A message in a channel's thread. */
  static Map<String, Object> threadMessage(String user, String channel, String threadTs, String text, String ts) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "message");
    e.put("channel_type", "channel");
    e.put("channel", channel);
    e.put("user", user);
    e.put("text", text);
    e.put("ts", ts);
    e.put("thread_ts", threadTs);
    e.put("event_ts", ts);
    e.put("client_msg_id", "cm-" + ts);
    return e;
  }

  static Map<String, Object> mention(String user, String channel, String text, String ts) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "app_mention");
    e.put("channel", channel);
    e.put("user", user);
    e.put("text", text);
    e.put("ts", ts);
    e.put("event_ts", ts);
    e.put("client_msg_id", "cm-" + ts);
    return e;
  }

  /** A person opens the app's Home tab (or its Messages tab, {@code tab = "messages"}). */
  static Map<String, Object> appHomeOpened(String user, String tab) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "app_home_opened");
    e.put("user", user);
    e.put("channel", "D-" + user);
    e.put("tab", tab);
    e.put("event_ts", "1700000500.000100");
    return e;
  }

  /** A button pressed in the person's Home tab: the container is the view, there is no channel or message. */
  String homeAction(String user, String actionId, String value) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "block_actions");
    payload.put("user", Map.of("id", user, "username", user.toLowerCase(java.util.Locale.ROOT), "name", user.toLowerCase(java.util.Locale.ROOT), "team_id", "T1"));
    payload.put("api_app_id", "A1");
    payload.put("token", "verification-token");
    payload.put("container", Map.of("type", "view", "view_id", "VH-" + user));
    payload.put("trigger_id", "trigger-home-" + envelopes.get());
    payload.put("team", Map.of("id", "T1", "domain", "fake"));
    payload.put("view", Map.of("id", "VH-" + user, "type", "home", "callback_id", Home.CALLBACK, "team_id", "T1", "blocks", List.of()));
    payload.put("actions", List.of(Map.of("action_id", actionId, "block_id", "b1", "type", "button", "value", value, "action_ts", "1700000999.000002",
        "text", Map.of("type", "plain_text", "text", "button"))));
    return push(envelope("interactive", payload));
  }

  /** A button pressed under a message the bot posted. */
  String blockAction(String user, String channel, String messageTs, String threadTs, String actionId, String value) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "block_actions");
    payload.put("user", Map.of("id", user, "username", user.toLowerCase(java.util.Locale.ROOT), "name", user.toLowerCase(java.util.Locale.ROOT), "team_id", "T1"));
    payload.put("api_app_id", "A1");
    payload.put("token", "verification-token");
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("type", "message");
    container.put("message_ts", messageTs);
    container.put("channel_id", channel);
    container.put("is_ephemeral", false);
    if (threadTs != null) {
      container.put("thread_ts", threadTs);
    }
    payload.put("container", container);
    payload.put("trigger_id", "trigger-" + envelopes.get());
    payload.put("team", Map.of("id", "T1", "domain", "fake"));
    payload.put("channel", Map.of("id", channel, "name", channel.startsWith("D") ? "directmessage" : "channel"));
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("ts", messageTs);
    message.put("user", BOT_USER);
    if (threadTs != null) {
      message.put("thread_ts", threadTs);
    }
    payload.put("message", message);
    payload.put("response_url", responseUrl("action"));
    payload.put("actions", List.of(Map.of("action_id", actionId, "block_id", "b1", "type", "button", "value", value, "action_ts", "1700000999.000001",
        "text", Map.of("type", "plain_text", "text", "button"))));
    return push(envelope("interactive", payload));
  }

  /** A modal submitted with one text value. */
  String viewSubmission(String user, String callbackId, String privateMetadata, String blockId, String actionId, String value) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", "V1");
    view.put("type", "modal");
    view.put("callback_id", callbackId);
    view.put("private_metadata", privateMetadata);
    view.put("state", Map.of("values", Map.of(blockId, Map.of(actionId, Map.of("type", "plain_text_input", "value", value)))));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "view_submission");
    payload.put("team", Map.of("id", "T1", "domain", "fake"));
    payload.put("user", Map.of("id", user, "username", user, "name", user, "team_id", "T1"));
    payload.put("api_app_id", "A1");
    payload.put("token", "verification-token");
    payload.put("trigger_id", "trigger-submit");
    payload.put("view", view);
    return push(envelope("interactive", payload));
  }

  String command(String user, String channel, String text, String responseUrl) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("token", "verification-token");
    payload.put("team_id", "T1");
    payload.put("team_domain", "fake");
    payload.put("channel_id", channel);
    payload.put("channel_name", "general");
    payload.put("user_id", user);
    payload.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
    payload.put("command", "/helpdesk");
    payload.put("text", text);
    payload.put("api_app_id", "A1");
    payload.put("response_url", responseUrl);
    payload.put("trigger_id", "trigger-command");
    return push(envelope("slash_commands", payload));
  }

  private Map<String, Object> envelope(String type, Map<String, Object> payload) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("envelope_id", "env-" + envelopes.incrementAndGet());
    envelope.put("type", type);
    envelope.put("accepts_response_payload", !type.equals("events_api"));
    envelope.put("payload", payload);
    return envelope;
  }

  private String push(Map<String, Object> envelope) {
    awaitSocketModeConnection();
    socket.broadcast(GSON.toJson(envelope));
    return (String) envelope.get("envelope_id");
  }

  private final class Socket extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch hello = new CountDownLatch(1);
    final List<JsonObject> acks = new CopyOnWriteArrayList<>();

    Socket() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"build_number\":1,"
          + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A1\"}}");
      hello.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      JsonElement parsed = JsonParser.parseString(message);
      if (parsed.isJsonObject() && parsed.getAsJsonObject().has("envelope_id")) {
        acks.add(parsed.getAsJsonObject());
      }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {}

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }

  // ---- plumbing ---------------------------------------------------------------------------

  private static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static Map<String, String> json(String body) {
    Map<String, String> params = new HashMap<>();
    if (body.isBlank()) {
      return params;
    }
    JsonObject object = JsonParser.parseString(body).getAsJsonObject();
    for (String key : new ArrayList<>(object.keySet())) {
      JsonElement value = object.get(key);
      params.put(key, value.isJsonPrimitive() ? value.getAsString() : value.toString());
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    httpThreads.shutdownNow();
    try {
      socket.stop(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
