package dev.firstline.tickets;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A migrated database to keep tickets in: its connections, the one statement that differs between
 * the two vendors, and how to let go of it.
 *
 * @param nextNumberSql a query returning the next ticket number from the {@code ticket_numbers} sequence
 */
record Database(DataSource dataSource, String nextNumberSql, AutoCloseable closer) {

  private static final String MIGRATIONS = "classpath:dev/firstline/tickets/db";

  /** Connections per bot instance on PostgreSQL; each operation holds one for a few milliseconds. */
  private static final int POOL_SIZE = 8;

  /** An H2 database in files under {@code dataDir}, created if missing. */
  static Database embedded(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the ticket store folder " + dataDir, e);
    }
    // WRITE_DELAY=0: a commit is in the file before it returns, so a killed process loses no
    // acknowledged change (with H2's default of 500 ms, EmbeddedRestartTest loses everything).
    // AUTO_SERVER: a second process (`firstline tickets list` beside a running bot) joins through a local port
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tickets") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "firstline", "");
    return migrated(new Database(pool, "SELECT NEXT VALUE FOR ticket_numbers", pool::dispose));
  }

  /**
   * A PostgreSQL database behind a small HikariCP pool: a new PostgreSQL connection costs about 10 ms
   * even locally (more with TLS and SCRAM), and the pool bounds what each instance takes of the
   * server's {@code max_connections}.
   */
  static Database postgres(String jdbcUrl, String user, String password) {
    PGSimpleDataSource driver = new PGSimpleDataSource();
    driver.setURL(requireNonNull(jdbcUrl, "jdbcUrl"));
    driver.setUser(requireNonNull(user, "user"));
    driver.setPassword(requireNonNull(password, "password"));
    HikariConfig config = new HikariConfig();
    config.setDataSource(driver);
    config.setPoolName("firstline-tickets");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new TicketStoreException("ticket store cannot connect to " + driver.getURL() + ": " + e.getMessage(), e);
    }
    return migrated(new Database(pool, "SELECT nextval('ticket_numbers')", pool::close));
  }

  /** Lets go of the connections; an embedded database closes with its last one. */
  void close() {
    try {
      closer.close();
    } catch (Exception e) {
      throw new TicketStoreException("closing the ticket store failed", e);
    }
  }

  /** Brings the schema up to date (several instances may start at once: Flyway locks). */
  private static Database migrated(Database database) {
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(database.dataSource())
          .locations(MIGRATIONS)
          .validateMigrationNaming(true)
          .loggers("slf4j")
          .load()
          .migrate();
      return database;
    } catch (RuntimeException e) {
      try {
        database.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }
}
