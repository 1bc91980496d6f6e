package dev.firstline.core;

import static dev.firstline.core.Articles.hit;
import static dev.firstline.core.Articles.inQueue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.BotMonitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the bot and the desk tell a {@link BotMonitor}: each reply, each search, each ticket and each SLA breach. */
class BotMonitorTest {

  private static final UserRef ALICE = UserRef.of("slack", "U1", "Alice");
  private static final ConversationRef DM = ConversationRef.direct("slack", "D1");
  private static final String VPN_QUESTION = "my vpn will not connect from home";

  /** Remembers what it was told. */
  static final class Recorder implements BotMonitor {
    final List<Reply> replies = new CopyOnWriteArrayList<>();
    final List<Duration> took = new CopyOnWriteArrayList<>();
    final List<Integer> searches = new CopyOnWriteArrayList<>();
    final List<Ticket> escalated = new CopyOnWriteArrayList<>();
    final List<TimerKind> breaches = new CopyOnWriteArrayList<>();

    @Override
    public void decided(Reply reply, Duration duration) {
      replies.add(reply);
      took.add(duration);
    }

    @Override
    public void searched(Duration duration, int hits) {
      searches.add(hits);
    }

    @Override
    public void escalated(Ticket ticket) {
      escalated.add(ticket);
    }

    @Override
    public void slaBreached(Ticket ticket, TimerKind kind) {
      breaches.add(kind);
    }
  }

  private final Recorder monitor = new Recorder();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z")); // a Monday morning in London
  private final InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
  private final TicketDesk desk = new TicketDesk(tickets, new RecordingChatPlatform(), Desks.STAFF, Desks.settings(), clock, monitor);
  private final StubKnowledgeBase kb = new StubKnowledgeBase().on(VPN_QUESTION, hit(inQueue("vpn-connect", "network"), 0.9));
  private final SupportBot bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults(), Duration.ofHours(2), monitor);

  @Test
  void decisionsSearchesAndEscalations_areReportedOnceEach() {
    Reply answer = bot.handle(new IncomingMessage(ALICE, DM, VPN_QUESTION));
    Reply escalation = bot.feedback(ALICE, DM, Feedback.NOT_FIXED);

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(escalation.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(monitor.replies).containsExactly(answer, escalation);
    assertThat(monitor.took).allSatisfy(d -> assertThat(d).isPositive());
    assertThat(monitor.searches).containsExactly(1); // the feedback click searches nothing
    assertThat(monitor.escalated).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(escalation.ticketOpened().orElseThrow().id());
      assertThat(t.queue()).isEqualTo("network");
    });
  }

  @Test
  void relayedMessage_isReportedAsRelayedAndOpensNoSecondTicket() {
    bot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    bot.handle(new IncomingMessage(ALICE, DM, "it also says error 809"));

    assertThat(monitor.replies).extracting(Reply::reason).containsExactly(Reason.ASKED_FOR_PERSON, Reason.RELAYED_TO_TICKET);
    assertThat(monitor.escalated).hasSize(1);
  }

  @Test
  void claimBreach_isReportedOnce() {
    bot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    clock.advance(Duration.ofHours(2).plusMinutes(1));
    desk.runDueTimers();
    desk.runDueTimers();

    assertThat(monitor.breaches).containsExactly(TimerKind.CLAIM_BREACH);
  }

  @Test
  void failingMonitor_neverCostsAReply() {
    BotMonitor broken = new BotMonitor() {
      @Override
      public void decided(Reply reply, Duration duration) {
        throw new IllegalStateException("metrics are down");
      }

      @Override
      public void escalated(Ticket ticket) {
        throw new IllegalStateException("metrics are down");
      }
    };
    TicketDesk brokenDesk = new TicketDesk(tickets, new RecordingChatPlatform(), Desks.STAFF, Desks.settings(), clock, broken);
    SupportBot brokenBot = new SupportBot(kb, brokenDesk, clock, DecisionPolicy.defaults(), Duration.ofHours(2), broken);

    Reply reply = brokenBot.feedback(ALICE, DM, Feedback.TALK_TO_PERSON);

    assertThat(reply.ticketOpened()).isPresent();
  }
}
