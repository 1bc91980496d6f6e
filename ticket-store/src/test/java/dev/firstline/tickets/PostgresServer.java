package dev.firstline.tickets;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One real PostgreSQL for every test in this module, started on first use and stopped by the
 * library's shutdown hook when the test JVM exits.
 */
final class PostgresServer {

  static final String USER = "postgres";
  static final String PASSWORD = "postgres"; // the server trusts local connections; any password does

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable EmbeddedPostgres server;

  private PostgresServer() {}

  /** The JDBC URL of a new, empty database. */
  static synchronized String newDatabase() {
    String name = "tickets_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return server().getJdbcUrl(USER, name);
  }

  static JdbcTicketStore store(String jdbcUrl) {
    return JdbcTicketStore.postgres(jdbcUrl, USER, PASSWORD, "HD");
  }

  /** Deletes every ticket, event and timer, and restarts the numbering (much faster than a new database). */
  static void empty(String jdbcUrl) {
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute("TRUNCATE ticket_events, timers, tickets, questions RESTART IDENTITY");
      s.execute("ALTER SEQUENCE ticket_numbers RESTART");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty " + jdbcUrl, e);
    }
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        // Durability is not under test here, and without fsync CREATE DATABASE is faster.
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }
}
