package dev.firstline.core;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The whole life of an escalation through the core, on a given ticket store: a question no article
 * answers, a ticket, two engineers claiming at once, relay both ways with an internal note kept
 * back, 3rd line, resolution, rating, reopen and the final close, with SLA reminders firing once.
 */
public abstract class EscalationFlowContract {

  private static final UserRef ANA = UserRef.of("test", "U-ANA", "Ana");
  private static final ConversationRef ANA_DM = ConversationRef.direct("test", "D-ANA");
  private static final String QUESTION = "the label printer in the warehouse prints garbage characters since the patch";

  /** A new, empty store. */
  protected abstract TicketStore newStore();

  @Test
  void escalation_fromQuestionToClose() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z")); // a Monday, 09:00 in London
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketStore store = newStore();
    TicketDesk desk = Desks.desk(store, chat, clock);
    StubKnowledgeBase kb = new StubKnowledgeBase().with(article("vpn-connect")).on(QUESTION, hit(article("vpn-connect"), 0.1));
    SupportBot bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults());

    // 1. The bot cannot answer: it escalates, and the requester hears the ticket id.
    Reply escalated = bot.handle(new IncomingMessage(ANA, ANA_DM, QUESTION));
    assertThat(escalated.decision()).isEqualTo(Decision.ESCALATE);
    Ticket ticket = escalated.ticketOpened().orElseThrow();
    TicketId id = ticket.id();
    assertThat(escalated.text()).contains(id.value());
    Ticket posted = store.find(id).orElseThrow();
    assertThat(posted.staff()).as("posted to its queue's staff channel").isNotNull();
    assertThat(posted.transcript()).anyMatch(line -> line.contains("garbage characters"));
    assertThat(chat.inChannel("C-DESK")).isNotEmpty();

    // 2. SLA: the pre-breach reminder fires once, before anyone claims (normal priority: claim in 2h, warn at 75%).
    clock.advance(Duration.ofMinutes(91));
    assertThat(desk.runDueTimers()).isEqualTo(1);
    assertThat(desk.runDueTimers()).isZero();
    assertThat(kinds(store, id)).containsOnlyOnce(EventKind.SLA_WARNING);

    // 3. Two engineers claim at the same moment: exactly one wins, the other is told who has it.
    List<DeskResult> claims = concurrently(() -> desk.claim(id, Desks.EVE), () -> desk.claim(id, Desks.OMAR));
    assertThat(claims).filteredOn(DeskResult::done).hasSize(1);
    DeskResult loser = claims.stream().filter(r -> !r.done()).findFirst().orElseThrow();
    UserRef owner = store.find(id).orElseThrow().assignee();
    assertThat(loser.message()).contains(owner.displayName()).contains("already has");
    assertThat(chat.textsTo(ANA_DM)).anyMatch(t -> t.contains(owner.displayName()) && t.contains("looking at"));

    // 4. A requester cannot act on it.
    assertThat(desk.resolve(id, ANA, "I fixed it myself").done()).isFalse();

    // 5. Relay: the engineer's message reaches Ana, a // note does not; Ana's reply reaches the thread.
    ConversationRef thread = store.find(id).orElseThrow().staff().thread();
    desk.staffWrote(thread, owner, "Which browser do you use? @here");
    desk.staffWrote(thread, owner, "// gateway logs show upstream timeouts");
    List<String> toAna = chat.textsTo(ANA_DM);
    assertThat(toAna).anyMatch(t -> t.contains("Which browser")).noneMatch(t -> t.contains("gateway logs")).noneMatch(t -> t.contains("@here"));
    Reply relayed = bot.handle(new IncomingMessage(ANA, ANA_DM, "Chrome, and my password is Hunter2!x"));
    assertThat(relayed.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(chat.textsTo(thread)).anyMatch(t -> t.contains("Chrome")).noneMatch(t -> t.contains("Hunter2"));

    // 6. The engineer sends it to 3rd line; a 2nd-line engineer can no longer act on it, a specialist can.
    assertThat(desk.escalateToThirdLine(id, owner, "servers").done()).isTrue();
    assertThat(store.find(id).orElseThrow().tier()).isEqualTo(Tier.THIRD);
    assertThat(desk.claim(id, Desks.OMAR).done()).isFalse();
    assertThat(desk.claim(id, Desks.SAM).done()).isTrue();

    // 7. Resolution reaches Ana with the note and the satisfaction question; she rates it.
    assertThat(desk.resolve(id, Desks.SAM, "Restarted the reverse proxy on build-01.").done()).isTrue();
    assertThat(chat.all()).anyMatch(s -> s.where().equals(ANA_DM) && s.message().text().contains("reverse proxy") && !s.message().actions().isEmpty());
    assertThat(desk.act(ANA, "rate:" + id + ":4", "").done()).isTrue();
    assertThat(store.find(id).orElseThrow().satisfaction()).isEqualTo(4);

    // 8. Ana replies within the reopen window: the ticket reopens; it is resolved again and then closes itself.
    clock.advance(Duration.ofHours(1));
    bot.handle(new IncomingMessage(ANA, ANA_DM, "it is broken again"));
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(TicketStatus.REOPENED);
    assertThat(desk.resolve(id, Desks.SAM, "Replaced the proxy certificate.").done()).isTrue();
    clock.advance(Duration.ofDays(3).plusMinutes(1));
    desk.runDueTimers();
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);

    // 9. The audit log holds every step, once each where it must.
    List<EventKind> kinds = kinds(store, id);
    assertThat(kinds).containsSubsequence(
        EventKind.OPENED, EventKind.SLA_WARNING, EventKind.CLAIMED, EventKind.STAFF_MESSAGE, EventKind.INTERNAL_NOTE,
        EventKind.REQUESTER_MESSAGE, EventKind.ESCALATED_TO_THIRD_LINE, EventKind.CLAIMED, EventKind.RESOLVED,
        EventKind.SATISFACTION, EventKind.REOPENED, EventKind.RESOLVED, EventKind.CLOSED);
    assertThat(kinds).containsOnlyOnce(EventKind.SLA_WARNING, EventKind.CLOSED);
    assertThat(desk.history(id, ANA)).noneMatch(TicketEvent::staffOnly);
  }

  @Test
  void claimBreach_notifiesTheLeadOnce() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketStore store = newStore();
    TicketDesk desk = Desks.desk(store, chat, clock);
    SupportBot bot = new SupportBot(new StubKnowledgeBase(), desk, clock, DecisionPolicy.defaults());
    TicketId id = bot.handle(new IncomingMessage(ANA, ANA_DM, "please open a ticket, the scanner is offline")).ticketOpened().orElseThrow().id();

    clock.advance(Duration.ofHours(2).plusMinutes(1));
    int fired = desk.runDueTimers() + desk.runDueTimers();

    assertThat(fired).isEqualTo(2); // warning and breach, each once
    assertThat(kinds(store, id)).containsOnlyOnce(EventKind.SLA_WARNING, EventKind.SLA_BREACH);
    assertThat(chat.textsTo(ConversationRef.direct("test", Desks.LEAD.id()))).singleElement().asString().contains(id.value()).contains("not claimed in time");
  }

  @Test
  void slaTime_onlyRunsWhileTheDeskIsOpen() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T17:30:00Z")); // Friday 17:30 in London
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketStore store = newStore();
    TicketDesk desk = Desks.desk(store, chat, clock);
    SupportBot bot = new SupportBot(new StubKnowledgeBase(), desk, clock, DecisionPolicy.defaults());
    bot.handle(new IncomingMessage(ANA, ANA_DM, "I need to talk to a person about the scanner"));

    clock.set(Instant.parse("2026-11-30T08:59:00Z")); // Monday 08:59: 30 + 59 minutes of open time
    assertThat(desk.runDueTimers()).isZero();
    clock.set(Instant.parse("2026-11-30T09:01:00Z")); // past 90 minutes (75% of 2h)
    assertThat(desk.runDueTimers()).isEqualTo(1);
  }

  @Test
  void timers_twoInstancesOnOneStore_fireEachReminderOnce() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketStore store = newStore();
    TicketDesk first = Desks.desk(store, chat, clock);
    TicketDesk second = Desks.desk(store, chat, clock);
    SupportBot bot = new SupportBot(new StubKnowledgeBase(), first, clock, DecisionPolicy.defaults());
    int tickets = 10;
    for (int i = 0; i < tickets; i++) {
      UserRef requester = UserRef.of("test", "U" + i, "Requester " + i);
      bot.handle(new IncomingMessage(requester, ConversationRef.direct("test", "D" + i), "please open a ticket for the label printer " + i));
    }
    clock.advance(Duration.ofHours(2).plusMinutes(1)); // claim warning and breach due for every ticket

    List<Integer> fired = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      concurrently(() -> new DeskResult(true, Integer.toString(first.runDueTimers()), null), () -> new DeskResult(true, Integer.toString(second.runDueTimers()), null))
          .forEach(r -> fired.add(Integer.parseInt(r.message())));
    }

    assertThat(fired.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2 * tickets);
    long breachNotices = chat.textsTo(ConversationRef.direct("test", Desks.LEAD.id())).size();
    assertThat(breachNotices).isEqualTo(tickets);
  }

  @Test
  void queueChannelDown_ticketIsKeptAndPostedOnceItRecovers() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    RecordingChatPlatform chat = new RecordingChatPlatform();
    TicketStore store = newStore();
    TicketDesk desk = Desks.desk(store, chat, clock);
    SupportBot bot = new SupportBot(new StubKnowledgeBase(), desk, clock, DecisionPolicy.defaults());

    chat.failing(true);
    Reply reply = bot.handle(new IncomingMessage(ANA, ANA_DM, "please open a ticket, the badge printer jams"));
    TicketId id = reply.ticketOpened().orElseThrow().id();
    assertThat(store.find(id).orElseThrow().staff()).as("not posted while the platform fails").isNull();

    chat.failing(false);
    clock.advance(Duration.ofSeconds(61));
    desk.runDueTimers();
    desk.runDueTimers();

    assertThat(store.find(id).orElseThrow().staff()).isNotNull();
    assertThat(chat.inChannel("C-DESK")).filteredOn(s -> !s.edit() && s.message().text().contains(id.value())).hasSize(1);
  }

  private static List<EventKind> kinds(TicketStore store, TicketId id) {
    return store.history(id).stream().map(TicketEvent::kind).toList();
  }

  @SafeVarargs
  private static List<DeskResult> concurrently(Callable<DeskResult>... actions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(actions.length);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<DeskResult>> futures = new ArrayList<>();
    for (Callable<DeskResult> action : actions) {
      futures.add(pool.submit(() -> {
        start.await();
        return action.call();
      }));
    }
    start.countDown();
    List<DeskResult> results = new ArrayList<>();
    for (Future<DeskResult> f : futures) {
      results.add(f.get());
    }
    pool.shutdown();
    return results;
  }
}
