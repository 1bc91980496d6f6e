package dev.firstline.tickets;

import dev.firstline.core.TicketStoreContract;
import dev.firstline.core.port.TicketStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTicketStoreTest extends TicketStoreContract {

  @TempDir
  Path dataDir;

  @Override
  protected TicketStore newStore() {
    return JdbcTicketStore.embedded(dataDir, "HD");
  }

  @AfterEach
  void closeStore() {
    ((JdbcTicketStore) store).close();
  }
}
