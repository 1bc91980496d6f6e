package dev.firstline.tickets;

import dev.firstline.core.TicketStoreContract;
import dev.firstline.core.port.TicketStore;
import org.junit.jupiter.api.AfterEach;

class PostgresTicketStoreTest extends TicketStoreContract {

  /** One database for the class, emptied before each test. */
  private static final String DATABASE = PostgresServer.newDatabase();

  @Override
  protected TicketStore newStore() {
    JdbcTicketStore store = PostgresServer.store(DATABASE); // creates the tables on first use
    PostgresServer.empty(DATABASE);
    return store;
  }

  @AfterEach
  void closeStore() {
    ((JdbcTicketStore) store).close();
  }
}
