package dev.firstline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.Timer;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TicketStore;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load driver end to end on a small crowd: exit code 0 on a sound store, 1 when the store read back has lost or doubled a ticket. */
class LoadCommandTest {

  private static LuceneKnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = LuceneKnowledgeBase.open(Path.of("..", "kb"));
  }

  @Test
  void run_soundStore_exitsZero() throws Exception {
    Run run = run(tickets -> tickets);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("lost 0, duplicated 0").contains("OK: nothing lost or duplicated");
  }

  @Test
  void run_storeThatLostATicket_exitsOne() throws Exception {
    Run run = run(tickets -> tickets.subList(1, tickets.size()));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("lost 1,").contains("FAILED");
  }

  @Test
  void run_storeThatDoubledATicket_exitsOne() throws Exception {
    Run run = run(tickets -> {
      List<Ticket> doubled = new ArrayList<>(tickets);
      Ticket first = tickets.get(0);
      doubled.add(new Ticket(TicketId.of("HD", 99_999), first.requester(), first.origin(), first.summary(), first.reason(), first.topic(),
          first.queue(), first.tier(), first.priority(), first.status(), first.assignee(), first.staff(), first.transcript(),
          first.articlesShown(), first.openedAt(), first.updatedAt(), first.resolvedAt(), first.resolution(), first.satisfaction(), 0));
      return doubled;
    });

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("duplicated 1,").contains("FAILED");
  }

  private record Run(int exitCode, String output) {}

  private static Run run(UnaryOperator<List<Ticket>> readBack) throws Exception {
    LoadCommand command = new LoadCommand();
    command.people = 120;
    command.warmupPeople = 20;
    command.escalating = 0.25;
    command.workers = 3;
    command.engineers = 2;
    command.queries = Path.of("..", "eval", "dev-queries.tsv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = command.run(kb, new DoctoredStore(new InMemoryTicketStore("HD"), readBack), QuestionLog.NONE, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  /** A store that works, but whose {@link #all()} gives back a doctored list. */
  private record DoctoredStore(TicketStore store, UnaryOperator<List<Ticket>> readBack) implements TicketStore {

    @Override
    public List<Ticket> all() {
      return readBack.apply(store.all());
    }

    @Override
    public Ticket open(NewTicket draft, Instant now) {
      return store.open(draft, now);
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
      return store.find(id);
    }

    @Override
    public List<Ticket> openedBy(UserRef requester) {
      return store.openedBy(requester);
    }

    @Override
    public List<Ticket> notClosed() {
      return store.notClosed();
    }

    @Override
    public Optional<Ticket> findByStaffThread(ConversationRef thread) {
      return store.findByStaffThread(thread);
    }

    @Override
    public Optional<Ticket> latestNotClosed(UserRef requester, ConversationRef origin) {
      return store.latestNotClosed(requester, origin);
    }

    @Override
    public Optional<Ticket> update(Ticket changed, TicketEvent event) {
      return store.update(changed, event);
    }

    @Override
    public void record(TicketEvent event) {
      store.record(event);
    }

    @Override
    public List<TicketEvent> history(TicketId id) {
      return store.history(id);
    }

    @Override
    public void schedule(TicketId id, List<Timer> timers) {
      store.schedule(id, timers);
    }

    @Override
    public List<Timer> dueTimers(Instant now, int limit) {
      return store.dueTimers(now, limit);
    }

    @Override
    public boolean fire(Timer timer, Instant now) {
      return store.fire(timer, now);
    }
  }
}
