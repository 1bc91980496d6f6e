package dev.firstline.tickets;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs each store operation in one transaction on its own connection: commit on success, roll back
 * on any failure, and SQLExceptions become {@link TicketStoreException}s naming the operation.
 */
final class Transactions {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Work<T extends @Nullable Object> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param operation names the failure, e.g. "update"
   * @param subject the ticket (or timer) concerned, if any, for the failure message
   */
  <T extends @Nullable Object> T run(String operation, @Nullable Object subject, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      String about = subject == null ? "" : " for " + subject;
      throw new TicketStoreException("ticket store " + operation + about + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** H2 appends the whole statement to its messages; the cause keeps it. */
  private static String firstLine(@Nullable String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is probably gone, and the database drops the transaction with it.
      cause.addSuppressed(e);
    }
  }
}
