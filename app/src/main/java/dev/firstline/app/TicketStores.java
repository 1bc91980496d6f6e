package dev.firstline.app;

import dev.firstline.core.port.TicketStore;
import dev.firstline.tickets.JdbcTicketStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

  /**
   * Starts opening the configured store on another thread, so the database (about a second to
   * start and migrate) gets ready while the knowledge base loads; {@link #await} takes the result.
   */
  static CompletableFuture<JdbcTicketStore> openInBackground(AppConfig config) {
    // its own thread: the common pool has one worker on two cores, and the embedding model loads there
    return CompletableFuture.supplyAsync(() -> open(config), task -> Thread.ofPlatform().name("ticket-store-open").daemon().start(task));
  }

  /** The store opened in the background, or the exception {@link #open} threw (such as {@link Unavailable}). */
  static JdbcTicketStore await(CompletableFuture<JdbcTicketStore> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Lets go of a store that is still opening, once it is open, when whatever needed it failed to start. */
  static void abandon(CompletableFuture<JdbcTicketStore> opening) {
    opening.thenAccept(TicketStores::close);
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
