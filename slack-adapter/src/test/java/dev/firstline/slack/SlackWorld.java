package dev.firstline.slack;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.hit;

import dev.firstline.core.Articles;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.Desks;
import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.MutableClock;
import dev.firstline.core.StubKnowledgeBase;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.report.Reports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One Slack workspace for an end-to-end test: the fake Slack, the real adapter on real Bolt
 * connected to it, and the real core (bot, desk, in-memory tickets) with the test desk's queues,
 * whose staff channels are C-DESK, C-NET and so on.
 */
final class SlackWorld implements AutoCloseable {

  static final String ANA = "U-ANA";
  static final String ANA_DM = "D-ANA";
  static final String EVE = "U-EVE";
  static final String OMAR = "U-OMAR";
  static final String SAM = "U-SAM";
  static final String KIM = "U-KIM";
  static final String LENA = "U-LENA";
  static final String SECOND_LINE_GROUP = "S-2ND";
  static final String THIRD_LINE_GROUP = "S-3RD";
  static final String KNOWLEDGE_GROUP = "S-KM";
  static final String LEAD_GROUP = "S-LEAD";

  static final int ATTEMPTS = 4;
  static final String VPN_QUESTION = "my vpn won't connect";
  static final Article VPN_CONNECT = new Article("vpn-connect", "Connect to the VPN", List.of("vpn"), List.of(), "network", false, "service-desk",
      Articles.UPDATED,
      """
      The VPN connects your laptop to internal systems.

      ## First time setup

      1. **Windows:** install the client from [the software portal](https://portal.example.com/vpn?os=win&v=2).
      2. **Mac:** install it, then *allow* the extension.

      ## If it won't connect

      - Check the internet first.
      - Restart the laptop.
      """);
  static final Article VPN_DROPS = article("vpn-drops", "VPN keeps dropping");
  /** answer 0.5, strong 0.8, close margin 0.1, clarify 0.5, option 0.3, IT topic 0.2, as in the core's tests. */
  static final DecisionPolicy POLICY = new DecisionPolicy(0.5, 0.8, 0.1, 0.5, 0.3, 0.2);

  final FakeSlack slack;
  final SlackAdapter adapter;
  final InMemoryTicketStore store = new InMemoryTicketStore("HD");
  final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  final MutableClock clock = MutableClock.monday();
  final StubKnowledgeBase kb = new StubKnowledgeBase().on(VPN_QUESTION, hit(VPN_CONNECT, 0.9), hit(VPN_DROPS, 0.4));

  /** A Socket Mode world. */
  SlackWorld() throws Exception {
    this(s -> s);
  }

  /** A world whose settings are changed first (HTTP mode, for one). */
  SlackWorld(UnaryOperator<SlackAdapter.Settings> change) throws Exception {
    this(change, null, null);
  }

  /**
   * A world whose bot answers from {@code answers} with the default thresholds, and whose knowledge
   * managers (the {@link #KNOWLEDGE_GROUP}: Kim) curate it through the commands made for the
   * workspace's staff directory.
   */
  SlackWorld(KnowledgeBase answers, Function<StaffDirectory, CurationCommands> curation) throws Exception {
    this(s -> s, answers, curation);
  }

  private SlackWorld(UnaryOperator<SlackAdapter.Settings> change, @Nullable KnowledgeBase answers,
      @Nullable Function<StaffDirectory, CurationCommands> curation) throws Exception {
    slack = new FakeSlack()
        .group(SECOND_LINE_GROUP, EVE, OMAR)
        .group(THIRD_LINE_GROUP, SAM)
        .group(KNOWLEDGE_GROUP, KIM)
        .group(LEAD_GROUP, LENA)
        .person(ANA, "Ana")
        .person(EVE, "Eve")
        .person(OMAR, "Omar")
        .person(SAM, "Sam")
        .person(KIM, "Kim")
        .person(LENA, "Lena");
    SlackAdapter.Settings settings = SlackAdapter.Settings.socketMode(FakeSlack.BOT_TOKEN, FakeSlack.APP_TOKEN)
        .withMethodsEndpointUrlPrefix(slack.methodsEndpointUrlPrefix())
        .withRoleGroups(Map.of(
            SECOND_LINE_GROUP, Role.SECOND_LINE, THIRD_LINE_GROUP, Role.THIRD_LINE, KNOWLEDGE_GROUP, Role.KNOWLEDGE_MANAGER, LEAD_GROUP, Role.LEAD));
    SlackAdapter.Settings changed = change.apply(settings);
    // Web API retries as in production, only with a short backoff: 4 attempts, 20 ms, 40 ms, 80 ms apart
    adapter = new SlackAdapter(changed, ATTEMPTS, Duration.ofMillis(20));
    TicketDesk desk = new TicketDesk(store, adapter.chatPlatform(), adapter.staffDirectory(), Desks.settings(), clock);
    Reports reports = Reports.of(questions, store, Desks.settings(), adapter.staffDirectory(), clock);
    if (answers == null || curation == null) {
      adapter.start(new SupportBot(kb, desk, clock, POLICY, Duration.ofHours(8), BotMonitor.NONE, questions), desk, store, null, reports);
    } else {
      adapter.start(new SupportBot(answers, desk, clock, DecisionPolicy.defaults()), desk, store, curation.apply(adapter.staffDirectory()), reports);
    }
    if (changed.usesSocketMode()) {
      slack.awaitSocketModeConnection();
    }
  }

  /** Ana asks in her direct message and the answer arrives; returns the answer's call. */
  FakeSlack.Call anaAsksInDirectMessage(String text) {
    int before = slack.calls("chat.postMessage", c -> c.param("channel").equals(ANA_DM)).size();
    slack.event("Ev-" + System.nanoTime(), 0, FakeSlack.directMessage(ANA, ANA_DM, text, nextTs(), "cm-" + System.nanoTime()));
    return slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM), before + 1).get(before);
  }

  /** Ana escalates her VPN question; returns the summary of HD-1 posted to the network queue. */
  FakeSlack.Call anaEscalates() {
    FakeSlack.Call answer = anaAsksInDirectMessage(VPN_QUESTION);
    slack.blockAction(ANA, ANA_DM, answer.ts(), null, "fl.feedback.TALK_TO_PERSON", ANA);
    FakeSlack.Call summary = slack.await("chat.postMessage", c -> c.param("channel").equals("C-NET"));
    slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("HD-1"));
    return summary;
  }

  Ticket onlyTicket() {
    return FakeSlack.poll(() -> store.notClosed().size() == 1 ? store.notClosed().get(0) : null, "exactly one ticket");
  }

  private int ts = 100;

  synchronized String nextTs() {
    return "1700000" + (ts++) + ".000100";
  }

  @Override
  public void close() {
    adapter.close();
    slack.close();
  }
}
