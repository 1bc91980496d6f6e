package dev.firstline.tickets;

import dev.firstline.core.EscalationFlowContract;
import dev.firstline.core.port.TicketStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The whole escalation flow on a real PostgreSQL server. */
class PostgresEscalationFlowTest extends EscalationFlowContract {

  private static final String DATABASE = PostgresServer.newDatabase();

  private final List<JdbcTicketStore> opened = new ArrayList<>();

  @Override
  protected TicketStore newStore() {
    JdbcTicketStore store = PostgresServer.store(DATABASE);
    PostgresServer.empty(DATABASE);
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(JdbcTicketStore::close);
  }
}
