package dev.firstline.tickets;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ticket store on a SQL database: an embedded file database by default, or PostgreSQL. The
 * question log lives in the same database ({@link #questionLog()}).
 */
public final class JdbcTicketStore implements TicketStore, AutoCloseable {

  private static final String SELECT_TICKETS = "SELECT " + TicketRows.TICKET_COLUMNS + " FROM tickets ";
  private static final String INSERT_TICKET = "INSERT INTO tickets (id, ticket_number, version, "
      + String.join(", ", TicketRows.CONTENT) + ") VALUES (?, ?, ?" + ", ?".repeat(TicketRows.CONTENT.size()) + ")";
  private static final String UPDATE_TICKET = "UPDATE tickets SET "
      + TicketRows.CONTENT.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
      + ", version = version + 1 WHERE id = ? AND version = ?";
  private static final String INSERT_EVENT =
      "INSERT INTO ticket_events (" + TicketRows.EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final Database database;
  private final String prefix;
  private final Transactions tx;
  private final QuestionLog questions;

  private JdbcTicketStore(Database database, String prefix) {
    this.database = database;
    this.prefix = prefix;
    this.tx = new Transactions(database.dataSource());
    this.questions = new JdbcQuestionLog(tx);
  }

  /** The questions the bot decided on, kept in the same database until {@link #close()}. */
  public QuestionLog questionLog() {
    return questions;
  }

  /**
   * The default store: an embedded H2 database in files under {@code dataDir} (created if
   * missing), kept across restarts, with no setup. One process at a time may open it.
   *
   * @param ticketPrefix the letters before the number in ticket ids, such as {@code HD}
   */
  public static JdbcTicketStore embedded(Path dataDir, String ticketPrefix) {
    checkPrefix(ticketPrefix);
    return new JdbcTicketStore(Database.embedded(dataDir), ticketPrefix);
  }

  /**
   * A store on PostgreSQL, which several bot instances may share: ticket numbers come from one
   * database sequence. It keeps a few pooled connections until {@link #close()}.
   *
   * @param ticketPrefix the letters before the number in ticket ids, such as {@code HD}
   */
  public static JdbcTicketStore postgres(String jdbcUrl, String user, String password, String ticketPrefix) {
    checkPrefix(ticketPrefix);
    return new JdbcTicketStore(Database.postgres(jdbcUrl, user, password), ticketPrefix);
  }

  private static void checkPrefix(String prefix) {
    requireNonNull(prefix, "ticketPrefix");
    TicketId.of(prefix, 1); // throws if the prefix cannot make a valid id
  }

  @Override
  public Ticket open(NewTicket draft, Instant now) {
    return tx.run("open", "a new ticket of " + draft.requester().platform() + ":" + draft.requester().id(), c -> {
      long number;
      try (PreparedStatement ps = c.prepareStatement(database.nextNumberSql()); ResultSet rs = ps.executeQuery()) {
        rs.next();
        number = rs.getLong(1);
      }
      Ticket ticket = TicketRows.stored(Ticket.opened(TicketId.of(prefix, number), draft, now));
      try (PreparedStatement ps = c.prepareStatement(INSERT_TICKET)) {
        ps.setString(1, ticket.id().value());
        ps.setLong(2, number);
        ps.setLong(3, ticket.version());
        TicketRows.bindContent(ps, 4, ticket);
        ps.executeUpdate();
      }
      insertEvent(c, new TicketEvent(ticket.id(), now, draft.requester(), EventKind.OPENED, draft.summary()));
      return ticket;
    });
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return tx.run("find", id, c -> tickets(c, "WHERE id = ?", id.value()).stream().findFirst());
  }

  @Override
  public List<Ticket> openedBy(UserRef requester) {
    return tx.run("openedBy", requester.id(), c -> tickets(c,
        "WHERE requester_platform = ? AND requester_id = ? ORDER BY ticket_number DESC",
        requester.platform(), requester.id()));
  }

  @Override
  public List<Ticket> all() {
    return tx.run("all", null, c -> tickets(c, "ORDER BY ticket_number"));
  }

  @Override
  public List<Ticket> notClosed() {
    return tx.run("notClosed", null, c -> tickets(c,
        "WHERE status <> ? ORDER BY ticket_number", TicketStatus.CLOSED.name()));
  }

  @Override
  public Optional<Ticket> findByStaffThread(ConversationRef thread) {
    return tx.run("findByStaffThread", thread, c -> tickets(c,
        "WHERE staff_thread_platform = ? AND staff_thread_channel = ? AND staff_thread_thread = ? ORDER BY ticket_number",
        thread.platform(), thread.channelId(), thread.threadId()).stream().findFirst());
  }

  @Override
  public Optional<Ticket> latestNotClosed(UserRef requester, ConversationRef origin) {
    return tx.run("latestNotClosed", requester.id(), c -> tickets(c,
        "WHERE requester_platform = ? AND requester_id = ? AND origin_platform = ? AND origin_channel = ?"
            + " AND origin_thread = ? AND status <> ? ORDER BY ticket_number DESC LIMIT 1",
        requester.platform(), requester.id(), origin.platform(), origin.channelId(), origin.threadId(),
        TicketStatus.CLOSED.name()).stream().findFirst());
  }

  @Override
  public Optional<Ticket> update(Ticket changed, TicketEvent event) {
    return tx.run("update", changed.id(), c -> {
      int rows;
      try (PreparedStatement ps = c.prepareStatement(UPDATE_TICKET)) {
        int next = TicketRows.bindContent(ps, 1, changed);
        ps.setString(next, changed.id().value());
        ps.setLong(next + 1, changed.version());
        rows = ps.executeUpdate();
      }
      if (rows != 1) {
        c.rollback();
        return Optional.empty();
      }
      insertEvent(c, event);
      return Optional.of(TicketRows.stored(changed.nextVersion()));
    });
  }

  @Override
  public void record(TicketEvent event) {
    tx.run("record", event.ticket(), c -> {
      insertEvent(c, event);
      return null;
    });
  }

  @Override
  public List<TicketEvent> history(TicketId id) {
    return tx.run("history", id, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + TicketRows.EVENT_COLUMNS + " FROM ticket_events WHERE ticket_id = ? ORDER BY id")) {
        ps.setString(1, id.value());
        List<TicketEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            events.add(TicketRows.event(rs));
          }
        }
        return events;
      }
    });
  }

  @Override
  public void schedule(TicketId id, List<Timer> timers) {
    tx.run("schedule", id, c -> {
      // Lock the ticket first, so two instances rescheduling it at once cannot both add their timers.
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tickets WHERE id = ? FOR UPDATE")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("no such ticket");
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM timers WHERE ticket_id = ? AND fired_at IS NULL")) {
        ps.setString(1, id.value());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO timers (ticket_id, kind, due) VALUES (?, ?, ?)")) {
        for (Timer timer : timers) {
          ps.setString(1, id.value());
          ps.setString(2, timer.kind().name());
          TicketRows.setInstant(ps, 3, timer.due());
          ps.addBatch();
        }
        if (!timers.isEmpty()) {
          ps.executeBatch();
        }
      }
      return null;
    });
  }

  @Override
  public List<Timer> dueTimers(Instant now, int limit) {
    return tx.run("dueTimers", null, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + TicketRows.TIMER_COLUMNS
          + " FROM timers WHERE fired_at IS NULL AND due <= ? ORDER BY due, id LIMIT ?")) {
        TicketRows.setInstant(ps, 1, now);
        ps.setInt(2, limit);
        List<Timer> timers = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            timers.add(TicketRows.timer(rs));
          }
        }
        return timers;
      }
    });
  }

  @Override
  public boolean fire(Timer timer, Instant now) {
    return tx.run("fire", timer.ticket() + " timer " + timer.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL")) {
        TicketRows.setInstant(ps, 1, now);
        ps.setLong(2, timer.id());
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** Closes the store's connections; the embedded database is closed with them. */
  @Override
  public void close() {
    database.close();
  }

  private static void insertEvent(Connection c, TicketEvent event) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
      TicketRows.bindEvent(ps, event);
      ps.executeUpdate();
    }
  }

  private static List<Ticket> tickets(Connection c, String where, String... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_TICKETS + where)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      List<Ticket> tickets = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tickets.add(TicketRows.ticket(rs));
        }
      }
      return tickets;
    }
  }
}
