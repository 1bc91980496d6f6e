package dev.firstline.tickets;

import dev.firstline.core.EscalationFlowContract;
import dev.firstline.core.port.TicketStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The whole escalation flow on the embedded, file-backed database. */
class EmbeddedEscalationFlowTest extends EscalationFlowContract {

  @TempDir
  Path dataDir;

  private final List<JdbcTicketStore> opened = new ArrayList<>();

  @Override
  protected TicketStore newStore() {
    JdbcTicketStore store = JdbcTicketStore.embedded(dataDir.resolve("db" + opened.size()), "HD");
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(JdbcTicketStore::close);
  }
}
