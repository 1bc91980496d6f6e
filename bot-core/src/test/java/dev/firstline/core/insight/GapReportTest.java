package dev.firstline.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.TextAnalysis;
import dev.firstline.core.port.TextAnalysis.KeyTerm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The gap report on a seeded month of questions, against groups, counts, examples and trends
 * worked out by hand (see the comments) with a plain word-splitting analysis.
 */
class GapReportTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-11-29T00:00:00Z"); // the middle is 2026-11-15T00:00Z

  /** Words split at anything but letters and digits; a few stop words; three words share a term. */
  private static final TextAnalysis WORDS = text -> {
    Set<String> stop = Set.of("hello", "again", "the");
    Map<String, String> same = Map.of("booking", "book", "pw", "password", "passwords", "password");
    List<KeyTerm> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      String term = same.getOrDefault(word, word);
      if (!word.isEmpty() && !stop.contains(word) && seen.add(term)) {
        terms.add(new KeyTerm(term, word));
      }
    }
    return terms;
  };

  private final List<Question> log = new ArrayList<>();

  private void asked(String day, String who, String text, Decision decision) {
    asked(day, who, text, decision, null);
  }

  private void asked(String day, String who, String text, Decision decision, @Nullable String article) {
    Reason reason = switch (decision) {
      case ANSWER -> Reason.CONFIDENT_MATCH;
      case CLARIFY -> Reason.CLOSE_TOPICS;
      case ESCALATE -> Reason.LOW_CONFIDENCE;
      case DECLINE -> Reason.NOT_IT;
    };
    log.add(new Question(log.size() + 1, Instant.parse(day + "T10:00:00Z"), UserRef.of("slack", who, who), text, decision, reason, article,
        List.of(), 0.3, FollowUp.NO_REPLY, null));
  }

  private GapReport seededMonth() {
    // logged in this order; grouped oldest first
    asked("2026-11-02", "ana", "book projector meeting room", Decision.ESCALATE); // starts P (projector)
    asked("2026-11-03", "ben", "projector meeting room", Decision.CLARIFY); // shares 3 with P -> P; P's common: all 4 terms
    asked("2026-11-05", "cai", "printer toner empty", Decision.ESCALATE); // shares none -> starts T (toner)
    asked("2026-11-16", "ana", "projector booking", Decision.CLARIFY); // shares book, projector (2) -> P
    asked("2026-11-17", "dan", "pw expired vpn", Decision.ESCALATE); // starts W (password)
    asked("2026-11-18", "eve", "passwords expired", Decision.CLARIFY); // shares password, expired -> W
    asked("2026-11-19", "gus", "Passwords expired", Decision.DECLINE); // -> W (declined, no article: unanswered)
    asked("2026-11-20", "ben", "projector broken", Decision.ESCALATE); // shares only projector with P (needs 2) -> starts B
    asked("2026-11-21", "fay", "hello", Decision.DECLINE); // no topic words: unanswered, but in no gap
    asked("2026-11-22", "cai", "printer toner empty", Decision.ANSWER, "printer-problems"); // answered: left out
    asked("2026-10-30", "gus", "projector meeting room", Decision.ESCALATE); // before the period: left out
    asked("2026-11-29", "gus", "projector meeting room", Decision.ESCALATE); // at its end (excluded): left out
    asked("2026-11-23", "dan", "the projector meeting room", Decision.DECLINE, "facilities"); // declined with a pointer: left out
    asked("2026-11-24", "hal", "Projector meeting room", Decision.ESCALATE); // -> P
    asked("2026-11-06", "fay", "teams crash", Decision.ESCALATE); // starts C (crash)
    asked("2026-11-07", "fay", "teams crash again", Decision.ESCALATE); // -> C
    asked("2026-11-25", "ivy", "wifi slow", Decision.ESCALATE); // starts S (slow)
    asked("2026-11-26", "jon", "wifi slow", Decision.CLARIFY); // -> S
    asked("2026-11-27", "kim", "toner", Decision.ESCALATE); // one term, one of T's common terms -> T
    asked("2026-11-28", "lee", "wifi projector meeting", Decision.ESCALATE); // shares 2 with P, 1 with S -> P
    return GapReport.of(log, FROM, TO, WORDS);
  }

  @Test
  void report_groupsCountsAndOrdersTheUnansweredQuestions() {
    GapReport report = seededMonth();

    assertThat(report.from()).isEqualTo(FROM);
    assertThat(report.to()).isEqualTo(TO);
    assertThat(report.unanswered()).isEqualTo(16);
    // P 5; W 3; then 2 each: T and S (2 people; T started first), C (1 person); then B
    assertThat(report.gaps()).extracting(Gap::label).containsExactly(
        "projector, meeting, room", "passwords, expired", "toner, printer, empty", "wifi, slow", "teams, crash", "projector, broken");
    assertThat(report.gaps()).extracting(Gap::count).containsExactly(5, 3, 2, 2, 2, 1);
    assertThat(report.gaps()).extracting(Gap::people).containsExactly(4, 3, 2, 2, 1, 1);
  }

  @Test
  void report_trendComparesTheTwoHalvesOfThePeriod() {
    GapReport report = seededMonth();

    assertThat(report.gaps()).extracting(Gap::trend).containsExactly(
        new Trend(2, 3), new Trend(0, 3), new Trend(1, 1), new Trend(0, 2), new Trend(2, 0), new Trend(0, 1));
    assertThat(report.gaps()).extracting(g -> g.trend().direction()).containsExactly(
        Trend.Direction.RISING, Trend.Direction.RISING, Trend.Direction.STEADY, Trend.Direction.RISING, Trend.Direction.FALLING,
        Trend.Direction.RISING);
  }

  @Test
  void gap_examplesAreTheNewestDistinctTextsAndDecisionsAreCounted() {
    GapReport report = seededMonth();
    Gap projector = report.gap(1).orElseThrow();
    Gap passwords = report.gap(2).orElseThrow();

    assertThat(projector.examples()).containsExactly("wifi projector meeting", "Projector meeting room", "projector booking");
    assertThat(projector.decisions()).containsExactly(Map.entry(Decision.CLARIFY, 2), Map.entry(Decision.ESCALATE, 3));
    assertThat(projector.questions()).extracting(Question::text).containsExactly(
        "book projector meeting room", "projector meeting room", "projector booking", "Projector meeting room", "wifi projector meeting");
    // "passwords" is written twice, "pw" once; vpn is in 1 question of 3, not common; the repeated text counts once
    assertThat(passwords.words()).containsExactly("passwords", "expired");
    assertThat(passwords.examples()).containsExactly("Passwords expired", "pw expired vpn");
    assertThat(passwords.decisions()).containsExactly(
        Map.entry(Decision.CLARIFY, 1), Map.entry(Decision.ESCALATE, 1), Map.entry(Decision.DECLINE, 1));
    assertThat(report.gap(6)).isPresent();
    assertThat(report.gap(7)).isEmpty();
    assertThat(report.gap(0)).isEmpty();
  }

  @Test
  void report_onNoQuestions_isEmpty() {
    GapReport report = GapReport.of(List.of(), FROM, TO, WORDS);

    assertThat(report.unanswered()).isZero();
    assertThat(report.gaps()).isEmpty();
  }
}
