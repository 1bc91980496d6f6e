package dev.firstline.tickets;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.port.QuestionLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The question log in the ticket store's database, beside the tickets it leads to. */
final class JdbcQuestionLog implements QuestionLog {

  private static final String COLUMNS =
      "asked_at, asker_platform, asker_id, asker_name, text, decision, reason, article, options, confidence, follow_up, ticket_id";

  private final Transactions tx;

  JdbcQuestionLog(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Question record(Question question) {
    return tx.run("record question", question.asker().platform() + ":" + question.asker().id(), c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO questions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        TicketRows.setInstant(ps, 1, question.at());
        int next = TicketRows.bindUser(ps, 2, question.asker());
        ps.setString(next++, question.text());
        ps.setString(next++, question.decision().name());
        ps.setString(next++, question.reason().name());
        TicketRows.setText(ps, next++, question.article());
        ps.setString(next++, TicketRows.json(question.options()));
        ps.setDouble(next++, question.confidence());
        ps.setString(next++, question.followUp().name());
        TicketRows.setText(ps, next, question.ticket() == null ? null : question.ticket().value());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return stored(question).numbered(keys.getLong(1));
        }
      }
    });
  }

  @Override
  public void followUp(long id, FollowUp followUp, @Nullable TicketId ticket) {
    tx.run("follow up question", id, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE questions SET follow_up = ?, ticket_id = COALESCE(?, ticket_id) WHERE id = ?")) {
        ps.setString(1, followUp.name());
        TicketRows.setText(ps, 2, ticket == null ? null : ticket.value());
        ps.setLong(3, id);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public List<Question> since(Instant from) {
    return tx.run("list questions", null, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM questions WHERE asked_at >= ? ORDER BY asked_at, id")) {
        TicketRows.setInstant(ps, 1, from);
        List<Question> questions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            questions.add(question(rs));
          }
        }
        return questions;
      }
    });
  }

  private static Question question(ResultSet rs) throws SQLException {
    String ticket = rs.getString("ticket_id");
    return new Question(
        rs.getLong("id"),
        TicketRows.requireInstant(rs, "asked_at"),
        TicketRows.requireUser(rs, "asker"),
        rs.getString("text"),
        Decision.valueOf(rs.getString("decision")),
        Reason.valueOf(rs.getString("reason")),
        rs.getString("article"),
        TicketRows.strings(rs.getString("options")),
        rs.getDouble("confidence"),
        FollowUp.valueOf(rs.getString("follow_up")),
        ticket == null ? null : new TicketId(ticket));
  }

  /** The question as it reads back: the database keeps microseconds. */
  private static Question stored(Question q) {
    return new Question(q.id(), TicketRows.stored(q.at()), q.asker(), q.text(), q.decision(), q.reason(), q.article(), q.options(), q.confidence(),
        q.followUp(), q.ticket());
  }
}
