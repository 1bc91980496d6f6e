package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.KnowledgeInsights;
import dev.firstline.core.Curation.Outcome;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.Desks;
import dev.firstline.core.Drafts;
import dev.firstline.core.InMemoryQuestionLog;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.MutableClock;
import dev.firstline.core.RecordingChatPlatform;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.insight.Gap;
import dev.firstline.core.insight.GapReport;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.StaffDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a copy of the bundled knowledge base, which has nothing on digital signage or business cards:
 * the questions the bot could not answer make a gap, a knowledge manager turns the gap (or a
 * resolved ticket) into a draft, which does not answer until it is published, and then does.
 */
class GapDraftsTest {

  private static final UserRef KIM = UserRef.of("test", "kim", "Kim");
  private static final String SIGNAGE_STEPS = """
      The screens in reception and the lobby show slides from the signage portal.

      1. Make the slide as a 16:9 image.
      2. Upload it in the signage portal under **My slides** and pick the screens and dates.
      3. Communications approve it within a day; it then shows on the screens you picked.
      """;

  @TempDir Path dir;
  private LuceneKnowledgeBase kb;
  private ArticleFiles files;
  private final InMemoryQuestionLog log = new InMemoryQuestionLog();
  private final InMemoryTicketStore tickets = new InMemoryTicketStore("HD");
  private final MutableClock clock = MutableClock.monday();
  private TicketDesk desk;
  private SupportBot bot;
  private Drafts drafts;
  private int people;

  @BeforeEach
  void copyBundledKnowledgeBase() throws IOException {
    try (Stream<Path> all = Files.walk(BundledKnowledgeBaseTest.KB)) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(BundledKnowledgeBaseTest.KB.relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    kb = LuceneKnowledgeBase.open(dir);
    files = new ArticleFiles(kb);
    StaffDirectory staff = person -> person.equals(KIM) ? Set.of(Role.KNOWLEDGE_MANAGER) : Desks.STAFF.rolesOf(person);
    desk = Desks.desk(tickets, new RecordingChatPlatform(), clock);
    bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults(), Duration.ofHours(2), BotMonitor.NONE, log);
    drafts = new Drafts(new DraftFiles(kb), files, new Curation(files, staff, kb), tickets, kb, clock);
  }

  @AfterEach
  void close() {
    kb.close();
  }

  /** A question from someone new, so that no earlier conversation or ticket is in the way. */
  private Reply ask(String text) {
    people++;
    UserRef asker = UserRef.of("test", "U" + people, "Person " + people);
    clock.advance(Duration.ofMinutes(10));
    return bot.handle(new IncomingMessage(asker, ConversationRef.direct("test", "D" + people), text));
  }

  /** A question from someone new, who then asks for a person unless the bot escalated already. */
  private TicketId escalate(String text) {
    Reply reply = ask(text);
    if (reply.ticket() == null) {
      reply = bot.feedback(UserRef.of("test", "U" + people, "Person " + people), ConversationRef.direct("test", "D" + people), Feedback.TALK_TO_PERSON);
    }
    assertThat(reply.decision()).as(reply.reason() + ": " + reply.text()).isEqualTo(Decision.ESCALATE);
    return reply.ticket().id();
  }

  /** The article a question from someone new is answered with, or "" if none. */
  private String answeredWith(String text) {
    Reply reply = ask(text);
    return reply.decision() == Decision.ANSWER ? reply.article().id() : "";
  }

  private GapReport report() {
    return GapReport.of(log.since(Instant.EPOCH), clock.instant().minus(Duration.ofDays(1)), clock.instant().plusSeconds(1), kb);
  }

  private GapReport seedSignageQuestions() {
    assertThat(ask("how do I put a slide on the lobby digital signage").decision()).isNotEqualTo(Decision.ANSWER);
    assertThat(ask("the digital signage in reception shows an old announcement").decision()).isNotEqualTo(Decision.ANSWER);
    assertThat(ask("how do I order business cards").decision()).isNotEqualTo(Decision.ANSWER);
    assertThat(ask("can I add our team news to the digital signage").decision()).isNotEqualTo(Decision.ANSWER);
    return report();
  }

  @Test
  void report_groupsTheSignageQuestionsBiggestFirst() {
    GapReport report = seedSignageQuestions();

    assertThat(report.unanswered()).isEqualTo(4);
    assertThat(report.gaps()).extracting(Gap::label).containsExactly("digital, signage", "order, business, cards");
    Gap signage = report.gap(1).orElseThrow();
    assertThat(signage.count()).isEqualTo(3);
    assertThat(signage.people()).isEqualTo(3);
    assertThat(signage.examples()).containsExactly(
        "can I add our team news to the digital signage",
        "the digital signage in reception shows an old announcement",
        "how do I put a slide on the lobby digital signage");
  }

  @Test
  void draftFromGap_answersOnlyOncePublished() throws IOException {
    Gap signage = seedSignageQuestions().gap(1).orElseThrow();

    Outcome drafted = drafts.fromGap(KIM, signage, "service-desk");

    assertThat(drafted.done()).as(drafted.message()).isTrue();
    assertThat(Files.exists(dir.resolve("drafts/digital-signage.md"))).isTrue();
    kb.reload();
    assertThat(kb.article("digital-signage")).isEmpty();
    assertThat(answeredWith("the lobby signage screens show last week's slides")).isNotEqualTo("digital-signage");
    assertThat(drafts.publish(KIM, "digital-signage").message()).contains("still says **To write:**");

    String draft = new DraftFiles(kb).source("digital-signage").orElseThrow();
    String written = draft.substring(0, draft.lastIndexOf("---\n") + 4) + SIGNAGE_STEPS;
    String broken = written.replace("escalate: false", "escalate: sometimes");
    int line = List.of(broken.split("\n")).indexOf("escalate: sometimes") + 1;
    assertThat(drafts.edit(KIM, "digital-signage", broken).message()).contains("drafts/digital-signage.md:" + line + ": 'escalate' must be true or false");
    assertThat(drafts.edit(KIM, "digital-signage", written).done()).isTrue();
    Outcome published = drafts.publish(KIM, "digital-signage");

    assertThat(published.done()).as(published.message()).isTrue();
    assertThat(Files.readString(dir.resolve("digital-signage.md"))).isEqualTo(written);
    assertThat(Files.exists(dir.resolve("drafts/digital-signage.md"))).isFalse();
    assertThat(files.history("digital-signage")).extracting(v -> v.editor()).containsExactly("kim");
    Reply next = ask("the lobby signage screens show last week's slides");
    assertThat(next.decision()).isEqualTo(Decision.ANSWER);
    assertThat(next.article().id()).isEqualTo("digital-signage");
  }

  @Test
  void draftFromResolvedTicket_answersOnlyOncePublished() {
    TicketId ticket = escalate("how do I order business cards");
    assertThat(drafts.fromTicket(KIM, ticket).message()).contains("not resolved");
    desk.claim(ticket, Desks.EVE);
    desk.resolve(ticket, Desks.EVE, "Business cards are ordered in the print shop portal: Business cards > New order; your manager approves it.");

    Outcome drafted = drafts.fromTicket(KIM, ticket);

    assertThat(drafted.done()).as(drafted.message()).isTrue();
    assertThat(new DraftFiles(kb).ids()).containsExactly("order-business-cards");
    assertThat(answeredWith("I need new business cards, where do I order them")).isNotEqualTo("order-business-cards");
    Outcome published = drafts.publish(KIM, "order-business-cards");
    assertThat(published.done()).as(published.message()).isTrue();
    Reply next = ask("I need new business cards, where do I order them");
    assertThat(next.decision()).isEqualTo(Decision.ANSWER);
    assertThat(next.article().id()).isEqualTo("order-business-cards");
    assertThat(next.article().body()).contains("print shop portal");
  }

  @Test
  void chatCommands_gapsDraftAndFeedback_sameOnEveryChat() {
    StaffDirectory staff = person -> person.equals(KIM) ? Set.of(Role.KNOWLEDGE_MANAGER) : Set.of();
    CurationCommands commands = new CurationCommands(new Curation(files, staff, kb), clock,
        new KnowledgeInsights(drafts, log, kb, "service-desk", clock));
    CurationCommands.Surface slack = new CurationCommands.Surface("/helpdesk kb", 3000);
    seedSignageQuestions();
    Reply answered = ask("I forgot my password");
    bot.feedback(UserRef.of("test", "U" + people, "Person " + people), ConversationRef.direct("test", "D" + people), Feedback.FIXED);

    assertThat(say(commands, KIM, "kb draft gap 1", slack)).contains("Show the gap report first (`/helpdesk kb gaps`)");
    assertThat(say(commands, KIM, "kb gaps 7d", slack))
        .contains("Unanswered questions from", ": 4, in 2 topic(s)")
        .contains(" 1. digital, signage: 3 question(s) from 3 people")
        .contains("`/helpdesk kb draft gap N` writes topic N as a draft article.");
    assertThat(say(commands, KIM, "kb draft gap 1", slack)).contains("digital-signage");
    assertThat(new DraftFiles(kb).ids()).containsExactly("digital-signage");
    assertThat(say(commands, KIM, "kb drafts", slack)).contains("digital-signage");
    assertThat(say(commands, KIM, "kb feedback", slack)).containsPattern(answered.article().id() + "\\s+1\\s+100%\\s+0%");
    assertThat(say(commands, KIM, "kb help", slack)).contains("`/helpdesk kb gaps [30d]`", "`/helpdesk kb feedback [30d]`");
    assertThat(say(commands, Desks.EVE, "kb gaps", slack)).contains("Only knowledge managers");
    assertThat(say(commands, KIM, "kb gaps soon", slack)).contains("'soon' is not a period");
  }

  private static String say(CurationCommands commands, UserRef who, String text, CurationCommands.Surface where) {
    assertThat(CurationCommands.isCommand(text)).as(text).isTrue();
    return ((CurationCommands.Say) commands.run(who, text, where)).text();
  }

  @Test
  void nonManager_isRefusedAndNothingIsWritten() {
    Gap signage = seedSignageQuestions().gap(1).orElseThrow();
    TicketId ticket = escalate("how do I order business cards");

    assertThat(drafts.fromGap(Desks.EVE, signage, "service-desk").message()).contains("Only knowledge managers");
    assertThat(drafts.fromTicket(Desks.EVE, ticket).message()).contains("Only knowledge managers");
    assertThat(drafts.fromGap(KIM, signage, "service-desk").done()).isTrue();
    assertThat(drafts.publish(Desks.EVE, "digital-signage").message()).contains("Only knowledge managers");
    assertThat(drafts.list(Desks.EVE).done()).isFalse();

    assertThat(new DraftFiles(kb).ids()).containsExactly("digital-signage");
    assertThat(files.source("digital-signage")).isEmpty();
  }

  @Test
  void list_showsEachDraftWithItsTitle() {
    Gap signage = seedSignageQuestions().gap(1).orElseThrow();
    drafts.fromGap(KIM, signage, "service-desk");
    drafts.fromGap(KIM, signage, "service-desk");

    assertThat(drafts.list(KIM).message()).isEqualTo("""
        Drafts (not answering until published):
        digital-signage  Digital signage  (body still to write)
        digital-signage-2  Digital signage  (body still to write)""");
  }
}
