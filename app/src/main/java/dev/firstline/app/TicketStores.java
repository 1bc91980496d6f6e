package dev.firstline.app;

import dev.firstline.core.port.TicketStore;
import dev.firstline.tickets.JdbcTicketStore;

/** Opens the configured ticket store: PostgreSQL if {@code database} is set, else the embedded database under {@code data-dir}. */
final class TicketStores {

  private TicketStores() {}

  static JdbcTicketStore open(AppConfig config) {
    AppConfig.Database db = config.database();
    try {
      return db == null
          ? JdbcTicketStore.embedded(config.dataDir(), config.ticketPrefix())
          : JdbcTicketStore.postgres(db.url(), db.user(), db.password(), config.ticketPrefix());
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      String why = cause.getMessage() == null || cause.getMessage().length() < 40 ? cause.toString() : cause.getMessage();
      throw new Unavailable("cannot open the ticket store " + (db == null ? "in " + config.dataDir() : "at " + db.url()) + ": " + why
          + (db == null && (why.contains("in use") || why.contains("locked")) ? " (one firstline process at a time can use the embedded database: is a chat still running?)" : ""), e);
    }
  }

  /** The ticket store cannot be opened: the database is in use, unreachable or refuses the login. */
  static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Lets go of a store's connections, if it holds any. */
  static void close(TicketStore store) {
    if (store instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the ticket store failed: " + e.getMessage(), e);
      }
    }
  }
}
