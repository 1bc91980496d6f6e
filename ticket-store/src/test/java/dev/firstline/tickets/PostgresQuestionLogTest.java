package dev.firstline.tickets;

import dev.firstline.core.QuestionLogContract;
import dev.firstline.core.port.QuestionLog;
import org.junit.jupiter.api.AfterEach;

class PostgresQuestionLogTest extends QuestionLogContract {

  /** One database for the class, emptied before each test. */
  private static final String DATABASE = PostgresServer.newDatabase();

  private JdbcTicketStore store;

  @Override
  protected QuestionLog newLog() {
    store = PostgresServer.store(DATABASE); // creates the tables on first use
    PostgresServer.empty(DATABASE);
    return store.questionLog();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }
}
