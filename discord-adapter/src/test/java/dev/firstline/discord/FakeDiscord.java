package dev.firstline.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Discord for real JDA over real sockets: the REST API (JDK HttpServer) answers what the
 * adapter calls and records every request, and the gateway (Java-WebSocket) says HELLO, answers
 * IDENTIFY with READY and the guild, RESUME with what was dispatched meanwhile, and lets a test
 * dispatch events or drop the connection. Ids are numeric, as JDA requires.
 */
final class FakeDiscord implements AutoCloseable {

  static final String BOT_ID = "1000";
  static final String APP_ID = BOT_ID;

  /** One REST request the bot made. */
  record Call(String method, String path, DataObject body, String raw) {

    String content() {
      return body.getString("content", "");
    }

    /** The custom ids of the buttons in the body, in order. */
    List<String> buttonIds() {
      List<String> ids = new ArrayList<>();
      body.optArray("components").ifPresent(rows -> rows.stream(DataArray::getObject)
          .forEach(row -> row.optArray("components").ifPresent(cs -> cs.stream(DataArray::getObject)
              .forEach(c -> c.opt("custom_id").ifPresent(id -> ids.add(id.toString()))))));
      return ids;
    }

    DataObject data() {
      return body.optObject("data").orElseGet(DataObject::empty);
    }

    /** The custom ids of the buttons in the message an interaction callback answers with. */
    List<String> callbackButtonIds() {
      return new Call(method, path, data(), raw).buttonIds();
    }
  }

  private final HttpServer http;
  private final Gateway gateway;
  private final DataObject guild;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
  private final Map<String, DataObject> users = new ConcurrentHashMap<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();

  private FakeDiscord(DataObject guild) throws Exception {
    this.guild = guild;
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/api/v10/", this::rest);
    http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    http.start();
    gateway = new Gateway();
    gateway.setReuseAddr(true);
    gateway.start();
    if (!gateway.started.await(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  static FakeDiscord start(DataObject guild) throws Exception {
    return new FakeDiscord(guild);
  }

  String restBaseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  /** The DM channel Discord uses between the bot and this person (made up once, then the same). */
  String dmChannelOf(DataObject user) {
    users.put(user.getString("id"), user);
    return dmChannels.computeIfAbsent(user.getString("id"), u -> nextId());
  }

  /** A fresh snowflake: JDA reads the time from ids, and an interaction older than 15 minutes has expired. */
  String nextId() {
    return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (ids.incrementAndGet() & 0x3FFFFF));
  }

  // ---- what the bot did ------------------------------------------------------------------

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method, String pathPattern) {
    Pattern p = Pattern.compile(pathPattern);
    return calls.stream().filter(c -> c.method().equals(method) && p.matcher(c.path()).matches()).toList();
  }

  /** Waits for a request matching; fails the test with what was seen if none comes in time. */
  Call await(String method, String pathPattern, Predicate<Call> matching) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (Call c : calls(method, pathPattern)) {
        if (matching.test(c)) {
          return c;
        }
      }
      sleepBriefly();
    }
    throw new AssertionError("no " + method + " " + pathPattern + " matching; saw:\n"
        + String.join("\n", calls.stream().map(c -> c.method() + " " + c.path() + " " + c.raw()).toList()));
  }

  Call await(String method, String pathPattern) {
    return await(method, pathPattern, c -> true);
  }

  static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  // ---- the gateway side ------------------------------------------------------------------

  void dispatch(String type, DataObject d) {
    gateway.dispatch(type, d);
  }

  /** Sends this event again right after the next RESUME, as Discord replays what may have been missed. */
  void replayOnResume(String type, DataObject d) {
    gateway.pending.add(new String[] {type, d.toString()});
  }

  /** Closes the gateway connection the way a network drop or a Discord restart does. */
  void dropConnection() {
    gateway.drop();
  }

  int identifies() {
    return gateway.identifies.get();
  }

  int resumes() {
    return gateway.resumes.get();
  }

  DataObject identify() {
    return gateway.identify;
  }

  @Override
  public void close() throws Exception {
    http.stop(0);
    gateway.stop(1000);
  }

  // ---- REST ------------------------------------------------------------------------------

  private void rest(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath().substring("/api/v10/".length());
    String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    DataObject body = raw.startsWith("{") ? DataObject.fromJson(raw) : DataObject.empty();
    calls.add(new Call(method, path, body, raw));
    Matcher m;
    if (method.equals("GET") && path.equals("users/@me")) {
      respond(ex, 200, Payloads.user(BOT_ID, "firstline", true).toString());
    } else if (method.equals("POST") && path.equals("users/@me/channels")) {
      String userId = body.getString("recipient_id");
      DataObject user = users.getOrDefault(userId, Payloads.user(userId, "user" + userId, false));
      respond(ex, 200, DataObject.empty().put("id", dmChannelOf(user)).put("type", 1).put("recipients", DataArray.empty().add(user)).toString());
    } else if (method.equals("POST") && (m = match("channels/(\\d+)/messages/(\\d+)/threads", path)) != null) {
      DataObject thread = Payloads.thread(m.group(2), m.group(1), body.getString("name", "thread"));
      threads.add(thread.toString());
      respond(ex, 201, thread.toString());
    } else if (method.equals("GET") && (m = match("channels/(\\d+)/threads/archived/public", path)) != null) {
      // the threads this fake made count as archived: a restarted bot does not get them with the guild
      String parent = m.group(1);
      boolean firstPage = ex.getRequestURI().getQuery() == null || !ex.getRequestURI().getQuery().contains("before=");
      DataArray archived = DataArray.empty();
      threads.stream().map(DataObject::fromJson).filter(t -> firstPage && t.getString("parent_id").equals(parent)).forEach(archived::add);
      respond(ex, 200, DataObject.empty().put("threads", archived).put("members", DataArray.empty()).put("has_more", false).toString());
    } else if (method.equals("POST") && (m = match("channels/(\\d+)/threads", path)) != null) {
      String post = nextId(); // a forum post: a thread whose first message has the thread's id
      DataObject message = sentMessage(post, post, body.optObject("message").orElseGet(DataObject::empty));
      respond(ex, 201, Payloads.thread(post, m.group(1), body.getString("name", "post")).put("message", message).toString());
    } else if (method.equals("POST") && (m = match("channels/(\\d+)/messages", path)) != null) {
      respond(ex, 200, sentMessage(nextId(), m.group(1), body).toString());
    } else if (method.equals("PATCH") && (m = match("channels/(\\d+)/messages/(\\d+)", path)) != null) {
      respond(ex, 200, sentMessage(m.group(2), m.group(1), body).toString());
    } else if (method.equals("PUT") && path.matches("channels/\\d+/messages/\\d+/reactions/.+")) {
      respond(ex, 204, "");
    } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
      respond(ex, 204, "");
    } else if (path.matches("webhooks/\\d+/[^/]+(/messages/.+)?")) {
      respond(ex, 200, sentMessage(nextId(), "0", body).toString());
    } else if (method.equals("PUT") && path.matches("applications/\\d+/guilds/\\d+/commands")) {
      respond(ex, 200, "[]");
    } else if (method.equals("GET") && path.matches("guilds/\\d+/members/\\d+")) {
      respond(ex, 404, "{\"code\":10007,\"message\":\"Unknown Member\"}");
    } else {
      respond(ex, 404, "{\"code\":0,\"message\":\"the fake Discord has no route for " + method + " " + path + "\"}");
    }
  }

  private static Matcher match(String regex, String path) {
    Matcher m = Pattern.compile(regex).matcher(path);
    return m.matches() ? m : null;
  }

  private static DataObject sentMessage(String id, String channelId, DataObject body) {
    return Payloads.message(id, channelId, Payloads.user(BOT_ID, "firstline", true), body.getString("content", ""));
  }

  private static void respond(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (status != 204) {
      ex.getResponseHeaders().add("Content-Type", "application/json");
    }
    ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  // ---- gateway ---------------------------------------------------------------------------

  private final class Gateway extends WebSocketServer {

    final CountDownLatch started = new CountDownLatch(1);
    final AtomicInteger identifies = new AtomicInteger();
    final AtomicInteger resumes = new AtomicInteger();
    final List<String[]> pending = new CopyOnWriteArrayList<>();
    volatile DataObject identify = DataObject.empty();
    private volatile WebSocket current;
    private int seq;

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      current = conn;
      conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      DataObject frame = DataObject.fromJson(message);
      switch (frame.getInt("op")) {
        case 1 -> conn.send("{\"op\":11}");
        case 2 -> {
          identify = frame.getObject("d");
          identifies.incrementAndGet();
          dispatch("READY", Payloads.ready(gatewayUrl(), guild.getString("id")));
          dispatch("GUILD_CREATE", guild);
        }
        case 6 -> {
          resumes.incrementAndGet();
          List<String[]> replay = new ArrayList<>(pending);
          pending.clear();
          replay.forEach(e -> dispatch(e[0], DataObject.fromJson(e[1])));
          dispatch("RESUMED", DataObject.empty());
        }
        default -> { }
      }
    }

    synchronized void dispatch(String type, DataObject d) {
      WebSocket conn = current;
      if (conn == null || !conn.isOpen()) {
        pending.add(new String[] {type, d.toString()}); // delivered on RESUME
        return;
      }
      seq++;
      conn.send(DataObject.empty().put("op", 0).put("s", seq).put("t", type).put("d", d).toString());
    }

    synchronized void drop() {
      WebSocket conn = current;
      current = null;
      if (conn != null) {
        conn.close(4000, "fake Discord: connection dropped");
      }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}
  }

  static String now() {
    return Instant.now().toString();
  }
}
