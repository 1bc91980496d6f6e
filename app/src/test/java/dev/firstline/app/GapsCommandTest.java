package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.EventKind;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.NewTicket;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.tickets.JdbcTicketStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firstline gaps}, {@code gaps draft}, {@code tickets draft}, {@code kb drafts} and {@code kb
 * publish} on a copy of the bundled knowledge base and a seeded embedded store, and the same in the
 * local chat.
 */
class GapsCommandTest {

  @TempDir Path dir;
  private Path kb;
  private String config;

  @BeforeEach
  void copyKnowledgeBase() throws IOException {
    kb = dir.resolve("kb");
    try (Stream<Path> all = Files.walk(Path.of(Cli.KB))) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path to = kb.resolve(Path.of(Cli.KB).relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    config = Cli.config(dir, "knowledge-base: " + kb, "semantic-search: false");
  }

  private void seed() {
    Instant now = Instant.now();
    try (JdbcTicketStore store = JdbcTicketStore.embedded(dir.resolve("data"), "HD")) {
      ask(store, now.minus(Duration.ofDays(20)), "ann", "how do I put a slide on the lobby digital signage", Decision.DECLINE); // before --since 7d
      ask(store, now.minus(Duration.ofDays(3)), "bob", "how do I put a slide on the lobby digital signage", Decision.DECLINE);
      ask(store, now.minus(Duration.ofDays(2)), "cat", "the digital signage in reception shows an old announcement", Decision.ESCALATE);
      ask(store, now.minus(Duration.ofHours(5)), "bob", "can I add our team news to the digital signage", Decision.CLARIFY);
      ask(store, now.minus(Duration.ofHours(4)), "dan", "how do I order business cards", Decision.ESCALATE);
      ask(store, now.minus(Duration.ofHours(3)), "eve", "help", Decision.DECLINE);
      ask(store, now.minus(Duration.ofHours(2)), "fay", "I forgot my password", Decision.ANSWER);
      Ticket opened = store.open(new NewTicket(UserRef.of("local", "dan", "dan"), ConversationRef.direct("local", "D-dan"), "how do I order business cards",
          Reason.LOW_CONFIDENCE, "service-desk", Tier.SECOND, Priority.NORMAL, null, List.of("dan: how do I order business cards"), List.of()), now);
      store.update(opened.resolved("Business cards are ordered in the print shop portal: Business cards > New order; your manager approves it.", now),
          new TicketEvent(opened.id(), now, null, EventKind.RESOLVED, "resolved"));
    }
  }

  private static void ask(JdbcTicketStore store, Instant at, String who, String text, Decision decision) {
    store.questionLog().record(new Question(0, at, UserRef.of("local", who, who), text, decision,
        decision == Decision.ANSWER ? Reason.CONFIDENT_MATCH : Reason.LOW_CONFIDENCE, decision == Decision.ANSWER ? "password-reset" : null,
        List.of(), 0.2, FollowUp.NO_REPLY, null));
  }

  @Test
  void gaps_printsTheTopicsOfThePeriodBiggestFirst() {
    seed();

    Cli cli = Cli.run("gaps", "--since", "7d", "--config", config);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    // in the 7 days: 3 on signage (2 people), 1 on business cards, "help" in no topic; the answer and the old one left out
    assertThat(cli.out())
        .contains(": 5, in 2 topic(s), the biggest first.")
        .contains(" 1. digital, signage: 3 question(s) from 2 people; 1 asked which topic, 1 escalated, 1 declined; first half 0, second half 3 (rising)\n"
            + "      \"can I add our team news to the digital signage\"\n"
            + "      \"the digital signage in reception shows an old announcement\"\n"
            + "      \"how do I put a slide on the lobby digital signage\"\n")
        .contains(" 2. order, business, cards: 1 question(s) from 1 person; 1 escalated; first half 0, second half 1 (rising)")
        .contains("1 question(s) had no topic words")
        .doesNotContain("password");
  }

  @Test
  void gapsDraft_thenPublish_answersTheNextQuestion_onlyOnceTheBodyIsWritten() throws IOException {
    seed();

    Cli drafted = Cli.run("gaps", "draft", "1", "--since", "7d", "--config", config);
    Cli listed = Cli.run("kb", "drafts", "--config", config);
    Cli early = Cli.run("kb", "publish", "digital-signage", "--config", config);
    Path draft = kb.resolve("drafts/digital-signage.md");
    String file = Files.readString(draft);
    Files.writeString(draft, file.substring(0, file.lastIndexOf("---\n") + 4)
        + "The screens in reception and the lobby show slides from the signage portal: upload yours under **My slides**.\n");
    Cli published = Cli.run("kb", "publish", "digital-signage", "--config", config);
    Cli asked = Cli.run("ask", "--config", config, "the lobby signage screens show last week's slides");

    assertThat(drafted.exitCode()).as(drafted.err()).isZero();
    assertThat(drafted.out()).contains("Wrote the draft 'digital-signage' (Digital signage)").contains("Edit it in " + kb.resolve("drafts"));
    assertThat(file).contains("questions:\n  - \"can I add our team news to the digital signage\"\n");
    assertThat(listed.out()).contains("digital-signage  Digital signage  (body still to write)");
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.err()).contains("still says **To write:**");
    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(published.out()).contains("Published 'digital-signage'");
    assertThat(Files.exists(kb.resolve("digital-signage.md"))).isTrue();
    assertThat(Files.exists(draft)).isFalse();
    assertThat(asked.out()).startsWith("ANSWER").contains("**Digital signage**");
  }

  @Test
  void ticketsDraft_resolvedTicket_becomesADraft_unknownTicketIsRefused() throws IOException {
    seed();

    Cli drafted = Cli.run("tickets", "draft", "hd-1", "--config", config);
    Cli unknown = Cli.run("tickets", "draft", "HD-9", "--config", config);
    Cli badNumber = Cli.run("gaps", "draft", "7", "--config", config);

    assertThat(drafted.exitCode()).as(drafted.err()).isZero();
    assertThat(drafted.out()).contains("Wrote the draft 'order-business-cards' (How do I order business cards)");
    assertThat(Files.readString(kb.resolve("drafts/order-business-cards.md")))
        .contains("questions:\n  - \"how do I order business cards\"\n")
        .contains("queue: service-desk\n")
        .endsWith("---\nBusiness cards are ordered in the print shop portal: Business cards > New order; your manager approves it.\n");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("There is no ticket HD-9.");
    assertThat(badNumber.exitCode()).isEqualTo(1);
    assertThat(badNumber.err()).contains("the gap report has no topic 7 (it has 2)");
  }

  @Test
  void chat_managerDraftsFromAResolvedTicketAndPublishes_theNextAskerGetsIt_othersAreRefused() {
    String script = """
        /as ann
        how do I order business cards
        /person
        /as eve 2nd
        /claim HD-1
        /resolve HD-1 Business cards are ordered in the print shop portal: Business cards > New order; your manager approves it.
        /kb gaps
        /as kim manager
        /kb gaps 1d
        /kb draft gap 1
        /kb draft ticket HD-1
        /kb drafts
        /kb publish order-business-cards
        /kb publish order-business-cards-2
        /as zoe
        I need new business cards, where do I order them
        /quit
        """;

    Cli cli = Cli.runWithInput(script, "chat", "--config", config);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("as **HD-1**")
        .contains("bot> Only knowledge managers may work on articles.")
        .contains(" 1. order, business, cards: 1 question(s) from 1 person; 1 asked which topic")
        .contains("bot> Wrote the draft 'order-business-cards' (Order business cards)")
        .contains("bot> Wrote the draft 'order-business-cards-2' (How do I order business cards)")
        .contains("order-business-cards  Order business cards  (body still to write)")
        .contains("bot> The draft 'order-business-cards' still says **To write:**: write its body first.")
        .contains("bot> Published 'order-business-cards-2'; the next answer uses it.")
        .contains("**How do I order business cards**");
  }
}
