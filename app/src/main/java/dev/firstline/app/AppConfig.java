package dev.firstline.app;

import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The application's configuration: an optional YAML file ({@code firstline.yml}) with environment
 * variables on top. Secrets (tokens, the database password) only ever come from the environment.
 *
 * @param knowledgeBase the folder of Markdown articles
 * @param decision the answer-or-escalate thresholds
 * @param conversationMemory how long the bot remembers a quiet conversation
 * @param ticketPrefix the letters before a ticket number (HD-42)
 * @param semanticSearch whether the knowledge base also compares meaning with the local embedding
 *     model (hybrid search)
 * @param desk queues, routes, SLA and reopen window of the ticket desk
 * @param staff roles by user id: who may work on which tickets when no chat platform says so
 * @param dataDir where the embedded ticket database keeps its files
 * @param database PostgreSQL instead of the embedded database, if configured
 * @param httpPort where {@code firstline run} serves {@code /health} and {@code /metrics}; 0 for
 *     not at all (the default)
 */
record AppConfig(
    Path knowledgeBase,
    DecisionPolicy decision,
    Duration conversationMemory,
    String ticketPrefix,
    boolean semanticSearch,
    DeskSettings desk,
    Map<String, Set<Role>> staff,
    Path dataDir,
    @Nullable Database database,
    int httpPort) {

  static final Set<String> KEYS = Set.of(
      "knowledge-base", "decision", "conversation-memory", "ticket-prefix", "semantic-search", "data-dir", "database",
      "queues", "routes", "default-queue", "staff", "sla", "reopen-window", "platform", "slack", "discord", "http-port");
  static final Set<String> DECISION_KEYS = Set.of("answer", "strong", "close-margin", "clarify", "option", "it-topic");
  static final Set<String> DATABASE_KEYS = Set.of("url", "user");
  static final String PASSWORD_VARIABLE = "FIRSTLINE_DB_PASSWORD";

  /** A PostgreSQL server; the password comes from {@value #PASSWORD_VARIABLE}. */
  record Database(String url, String user, String password) {
    @Override
    public String toString() {
      return "Database[url=" + url + ", user=" + user + "]"; // never the password
    }
  }

  /** Reads the file if given (or {@code firstline.yml} in the home folder if present), then the environment. */
  static AppConfig load(@Nullable Path file, Path home, Map<String, String> env) {
    ConfigReader in = new ConfigReader(file != null ? file : home.resolve("firstline.yml"));
    Map<String, Object> yaml = file != null || Files.exists(in.file()) ? in.read() : Map.of();
    in.keys("", yaml.keySet(), KEYS);
    return new AppConfig(
        folder(home, env.getOrDefault("FIRSTLINE_KB", String.valueOf(yaml.getOrDefault("knowledge-base", "kb")))),
        decision(in, yaml.get("decision")),
        in.duration("conversation-memory", yaml.getOrDefault("conversation-memory", "8h")),
        prefix(in, String.valueOf(yaml.getOrDefault("ticket-prefix", "HD"))),
        in.flag("semantic-search", env.getOrDefault("FIRSTLINE_SEMANTIC_SEARCH", String.valueOf(yaml.getOrDefault("semantic-search", true)))),
        DeskConfig.settings(in, yaml),
        DeskConfig.staff(in, yaml.get("staff")),
        folder(home, in.text("data-dir", yaml.getOrDefault("data-dir", "data"), "a folder")),
        database(in, yaml.get("database"), env),
        port(in, yaml.get("http-port")));
  }

  /** A copy with another knowledge-base folder or semantic-search setting (command-line options). */
  AppConfig with(Path knowledgeBase, boolean semanticSearch) {
    return new AppConfig(knowledgeBase, decision, conversationMemory, ticketPrefix, semanticSearch, desk, staff, dataDir, database, httpPort);
  }

  private static Path folder(Path home, String value) {
    Path path = Path.of(value);
    return (path.isAbsolute() ? path : home.resolve(path)).normalize();
  }

  private static DecisionPolicy decision(ConfigReader in, @Nullable Object node) {
    DecisionPolicy d = DecisionPolicy.defaults();
    if (node == null) {
      return d;
    }
    if (!(node instanceof Map<?, ?>)) {
      throw in.error("'decision' must be a map with keys " + new TreeSet<>(DECISION_KEYS));
    }
    Map<String, Object> map = in.section("decision", node, DECISION_KEYS);
    try {
      return new DecisionPolicy(
          number(in, map, "answer", d.answer()),
          number(in, map, "strong", d.strong()),
          number(in, map, "close-margin", d.closeMargin()),
          number(in, map, "clarify", d.clarify()),
          number(in, map, "option", d.option()),
          number(in, map, "it-topic", d.itTopic()));
    } catch (IllegalArgumentException e) {
      throw in.error("decision: " + e.getMessage());
    }
  }

  private static double number(ConfigReader in, Map<String, Object> map, String key, double fallback) {
    Object value = map.get(key);
    return value == null ? fallback : in.number("decision." + key, value, "between 0 and 1");
  }

  private static String prefix(ConfigReader in, String value) {
    if (!value.matches("[A-Z]{1,10}")) {
      throw in.error("ticket-prefix must be 1 to 10 capital letters but was '" + value + "'");
    }
    return value;
  }

  private static int port(ConfigReader in, @Nullable Object value) {
    if (value == null) {
      return 0;
    }
    double port = in.number("http-port", value, "from 1 to 65535");
    if (port != Math.rint(port) || port < 1 || port > 65_535) {
      throw in.error("http-port must be a port from 1 to 65535 but was " + value);
    }
    return (int) port;
  }

  private static @Nullable Database database(ConfigReader in, @Nullable Object node, Map<String, String> env) {
    if (node == null) {
      return null;
    }
    Map<String, Object> map = in.section("database", node, DATABASE_KEYS);
    String url = in.text("database.url", map.get("url"), "a PostgreSQL JDBC URL like jdbc:postgresql://db.example.org/firstline");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw in.error("database.url must start with jdbc:postgresql: (PostgreSQL is the only server database) but was '" + url + "'");
    }
    String user = in.text("database.user", map.get("user"), "the database user name");
    return new Database(url, user, env.getOrDefault(PASSWORD_VARIABLE, ""));
  }

  /** A configuration mistake, with a message that says what is allowed. */
  static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }
  }
}
