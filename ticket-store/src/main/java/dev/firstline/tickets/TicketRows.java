package dev.firstline.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.MessageRef;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.StaffThread;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.model.UserRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How tickets, events and timers map to rows. Instants are kept to the microsecond (what both
 * databases store), in UTC; lists of strings are JSON arrays.
 */
final class TicketRows {

  /** Every column but id, ticket_number and version, in the order {@link #bindContent} binds them. */
  static final List<String> CONTENT = List.of(
      "requester_platform", "requester_id", "requester_name",
      "origin_platform", "origin_channel", "origin_thread",
      "summary", "reason", "topic", "queue", "tier", "priority", "status",
      "assignee_platform", "assignee_id", "assignee_name",
      "staff_summary_platform", "staff_summary_channel", "staff_summary_thread", "staff_summary_message",
      "staff_thread_platform", "staff_thread_channel", "staff_thread_thread",
      "transcript", "articles_shown",
      "opened_at", "updated_at", "resolved_at", "resolution", "satisfaction");

  static final String TICKET_COLUMNS = "id, version, " + String.join(", ", CONTENT);
  static final String EVENT_COLUMNS = "ticket_id, occurred_at, actor_platform, actor_id, actor_name, kind, detail";
  static final String TIMER_COLUMNS = "id, ticket_id, kind, due";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private TicketRows() {}

  /** The instant as the database keeps it. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static @Nullable Instant storedOrNull(@Nullable Instant instant) {
    return instant == null ? null : stored(instant);
  }

  /** The ticket as it reads back from the database. */
  static Ticket stored(Ticket t) {
    return new Ticket(t.id(), t.requester(), t.origin(), t.summary(), t.reason(), t.topic(), t.queue(), t.tier(),
        t.priority(), t.status(), t.assignee(), t.staff(), t.transcript(), t.articlesShown(), stored(t.openedAt()),
        stored(t.updatedAt()), storedOrNull(t.resolvedAt()), t.resolution(), t.satisfaction(), t.version());
  }

  /** Binds the {@link #CONTENT} columns from parameter {@code first} on; returns the next index. */
  static int bindContent(PreparedStatement ps, int first, Ticket t) throws SQLException {
    int i = first;
    i = bindUser(ps, i, t.requester());
    i = bindConversation(ps, i, t.origin());
    ps.setString(i++, t.summary());
    ps.setString(i++, t.reason().name());
    setText(ps, i++, t.topic());
    ps.setString(i++, t.queue());
    ps.setString(i++, t.tier().name());
    ps.setString(i++, t.priority().name());
    ps.setString(i++, t.status().name());
    i = bindUser(ps, i, t.assignee());
    StaffThread staff = t.staff();
    i = bindConversation(ps, i, staff == null ? null : staff.summary().conversation());
    setText(ps, i++, staff == null ? null : staff.summary().messageId());
    i = bindConversation(ps, i, staff == null ? null : staff.thread());
    ps.setString(i++, json(t.transcript()));
    ps.setString(i++, json(t.articlesShown()));
    setInstant(ps, i++, t.openedAt());
    setInstant(ps, i++, t.updatedAt());
    setInstant(ps, i++, t.resolvedAt());
    setText(ps, i++, t.resolution());
    if (t.satisfaction() == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, t.satisfaction());
    }
    return i;
  }

  static Ticket ticket(ResultSet rs) throws SQLException {
    StaffThread staff = null;
    ConversationRef staffThread = conversation(rs, "staff_thread");
    ConversationRef staffSummary = conversation(rs, "staff_summary");
    if (staffThread != null && staffSummary != null) {
      staff = new StaffThread(new MessageRef(staffSummary, rs.getString("staff_summary_message")), staffThread);
    }
    Integer satisfaction = rs.getObject("satisfaction", Integer.class);
    return new Ticket(
        new TicketId(rs.getString("id")),
        requireUser(rs, "requester"),
        requireConversation(rs, "origin"),
        rs.getString("summary"),
        Reason.valueOf(rs.getString("reason")),
        rs.getString("topic"),
        rs.getString("queue"),
        Tier.valueOf(rs.getString("tier")),
        Priority.valueOf(rs.getString("priority")),
        TicketStatus.valueOf(rs.getString("status")),
        user(rs, "assignee"),
        staff,
        strings(rs.getString("transcript")),
        strings(rs.getString("articles_shown")),
        requireInstant(rs, "opened_at"),
        requireInstant(rs, "updated_at"),
        instant(rs, "resolved_at"),
        rs.getString("resolution"),
        satisfaction,
        rs.getLong("version"));
  }

  static void bindEvent(PreparedStatement ps, TicketEvent event) throws SQLException {
    ps.setString(1, event.ticket().value());
    setInstant(ps, 2, event.at());
    int next = bindUser(ps, 3, event.actor());
    ps.setString(next++, event.kind().name());
    ps.setString(next, event.detail());
  }

  static TicketEvent event(ResultSet rs) throws SQLException {
    return new TicketEvent(new TicketId(rs.getString("ticket_id")), requireInstant(rs, "occurred_at"),
        user(rs, "actor"), EventKind.valueOf(rs.getString("kind")), rs.getString("detail"));
  }

  static Timer timer(ResultSet rs) throws SQLException {
    return new Timer(rs.getLong("id"), new TicketId(rs.getString("ticket_id")),
        TimerKind.valueOf(rs.getString("kind")), requireInstant(rs, "due"));
  }

  static void setInstant(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
    }
  }

  static int bindUser(PreparedStatement ps, int i, @Nullable UserRef user) throws SQLException {
    setText(ps, i, user == null ? null : user.platform());
    setText(ps, i + 1, user == null ? null : user.id());
    setText(ps, i + 2, user == null ? null : user.displayName());
    return i + 3;
  }

  private static int bindConversation(PreparedStatement ps, int i, @Nullable ConversationRef c) throws SQLException {
    setText(ps, i, c == null ? null : c.platform());
    setText(ps, i + 1, c == null ? null : c.channelId());
    setText(ps, i + 2, c == null ? null : c.threadId());
    return i + 3;
  }

  static void setText(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
    if (text == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, text);
    }
  }

  private static @Nullable UserRef user(ResultSet rs, String prefix) throws SQLException {
    String platform = rs.getString(prefix + "_platform");
    return platform == null ? null : UserRef.of(platform, rs.getString(prefix + "_id"), rs.getString(prefix + "_name"));
  }

  static UserRef requireUser(ResultSet rs, String prefix) throws SQLException {
    UserRef user = user(rs, prefix);
    if (user == null) {
      throw new SQLException(prefix + "_platform is null in row " + rs.getString("id"));
    }
    return user;
  }

  private static @Nullable ConversationRef conversation(ResultSet rs, String prefix) throws SQLException {
    String platform = rs.getString(prefix + "_platform");
    return platform == null
        ? null
        : new ConversationRef(platform, rs.getString(prefix + "_channel"), rs.getString(prefix + "_thread"));
  }

  private static ConversationRef requireConversation(ResultSet rs, String prefix) throws SQLException {
    ConversationRef conversation = conversation(rs, prefix);
    if (conversation == null) {
      throw new SQLException(prefix + "_platform is null in row " + rs.getString("id"));
    }
    return conversation;
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant requireInstant(ResultSet rs, String column) throws SQLException {
    Instant value = instant(rs, column);
    if (value == null) {
      throw new SQLException(column + " is null");
    }
    return value;
  }

  static String json(List<String> strings) throws SQLException {
    try {
      return JSON.writeValueAsString(strings);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot write a list of strings as JSON", e);
    }
  }

  static List<String> strings(String json) throws SQLException {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new SQLException("not a JSON array of strings: " + json, e);
    }
  }
}
