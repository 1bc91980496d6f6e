package dev.firstline.core;

import static dev.firstline.core.Articles.article;
import static dev.firstline.core.Articles.escalating;
import static dev.firstline.core.Articles.hit;
import static dev.firstline.core.Articles.redirecting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.Decider.Outcome;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision rule on hand-made hit lists. The policy is fixed here, not the tuned defaults, so
 * the confidences below sit clearly on one side of each threshold.
 */
class DeciderTest {

  // answer 0.5, strong 0.8, close margin 0.1, option 0.3, IT topic 0.2
  private static final DecisionPolicy POLICY = new DecisionPolicy(0.5, 0.8, 0.1, 0.5, 0.3, 0.2);

  private final Decider decider = new Decider(POLICY);

  private final Article vpn = article("vpn-connect");
  private final Article vpnDrops = article("vpn-drops");
  private final Article wifi = article("wifi-connect");
  private final Article printer = article("printer-problems");
  private final Article lost = escalating("lost-device", "security");
  private final Article facilities = redirecting("facilities");

  private Outcome decide(String text, SearchHit... hits) {
    return decider.decide(MessageSignals.normalize(text), List.of(hits));
  }

  @Test
  void decide_confidentClearWinner_answersWithUpToTwoAlternatives() {
    Outcome outcome =
        decide("the vpn won't connect", hit(vpn, 0.9), hit(vpnDrops, 0.6), hit(wifi, 0.45), hit(printer, 0.4));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
    assertThat(outcome.reason()).isEqualTo(Reason.CONFIDENT_MATCH);
    assertThat(outcome.article()).isEqualTo(vpn);
    assertThat(outcome.options()).containsExactly(vpnDrops, wifi);
    assertThat(outcome.confidence()).isEqualTo(0.9);
  }

  @Test
  void decide_alternativesBelowOptionThreshold_answersWithoutThem() {
    Outcome outcome = decide("the vpn won't connect", hit(vpn, 0.9), hit(vpnDrops, 0.25), hit(wifi, 0.1));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
    assertThat(outcome.options()).isEmpty();
  }

  @Test
  void decide_runnerUpWithinMargin_clarifiesWithTheCloseOnes() {
    Outcome outcome =
        decide("vpn problems", hit(vpn, 0.62), hit(vpnDrops, 0.58), hit(wifi, 0.55), hit(printer, 0.4));

    assertThat(outcome.decision()).isEqualTo(Decision.CLARIFY);
    assertThat(outcome.reason()).isEqualTo(Reason.CLOSE_TOPICS);
    assertThat(outcome.article()).isNull();
    assertThat(outcome.options()).containsExactly(vpn, vpnDrops, wifi);
  }

  @Test
  void decide_runnerUpJustOutsideMargin_answers() {
    Outcome outcome = decide("vpn problems", hit(vpn, 0.75), hit(vpnDrops, 0.6));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
    assertThat(outcome.article()).isEqualTo(vpn);
    assertThat(outcome.options()).containsExactly(vpnDrops);
  }

  @ParameterizedTest
  @CsvSource({"0.35, true", "0.1, false"})
  void decide_lowConfidenceForItText_escalatesRoutedToTopHitIfItIsAnOption(double confidence, boolean routed) {
    Outcome outcome = decide("excel shows an error when I open the budget file", hit(printer, confidence));

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(Reason.LOW_CONFIDENCE);
    assertThat(outcome.article()).isEqualTo(routed ? printer : null);
    assertThat(outcome.options()).isEmpty();
  }

  @Test
  void decide_noHitsButItWords_escalates() {
    Outcome outcome = decide("the laptop fan sounds like a jet engine");

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(Reason.LOW_CONFIDENCE);
    assertThat(outcome.article()).isNull();
    assertThat(outcome.confidence()).isZero();
  }

  @Test
  void decide_confidenceAboveItTopicWithoutItWords_escalates() {
    assertThat(decide("the thing on my desk beeps", hit(printer, 0.25)).decision()).isEqualTo(Decision.ESCALATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"what should we cook for the team dinner", "who won the match on saturday"})
  void decide_nonItTextWithWeakHits_declines(String text) {
    Outcome outcome = decide(text, hit(printer, 0.12));

    assertThat(outcome.decision()).isEqualTo(Decision.DECLINE);
    assertThat(outcome.reason()).isEqualTo(Reason.NOT_IT);
    assertThat(outcome.article()).isNull();
  }

  @Test
  void decide_officeTopicWithAnswerableHit_declines() {
    Outcome outcome = decide("the car park barrier will not open", hit(vpn, 0.6));

    assertThat(outcome.decision()).isEqualTo(Decision.DECLINE);
    assertThat(outcome.reason()).isEqualTo(Reason.NOT_IT);
  }

  @Test
  void decide_officeTopicThatNamesAnItThing_isNotDeclined() {
    Outcome outcome = decide("the car park app will not open on my laptop", hit(vpn, 0.6));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
  }

  @Test
  void decide_betweenClarifyAndAnswer_offersTheBestAsChoices() {
    DecisionPolicy policy = new DecisionPolicy(0.5, 0.8, 0.1, 0.3, 0.2, 0.2);
    Outcome outcome = new Decider(policy).decide("vpn problem", List.of(new SearchHit(vpn, 0.4), new SearchHit(printer, 0.25), new SearchHit(wifi, 0.1)));

    assertThat(outcome.decision()).isEqualTo(Decision.CLARIFY);
    assertThat(outcome.options()).containsExactly(vpn, printer);
  }

  @Test
  void decide_officeTopicWithStrongHit_answers() {
    Outcome outcome = decide("my payslip site shows a certificate warning", hit(vpn, 0.85));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
    assertThat(outcome.article()).isEqualTo(vpn);
  }

  @Test
  void decide_confidentHitOnEscalatingArticle_escalatesWithTheArticle() {
    Outcome outcome = decide("I left my work laptop on the train", hit(lost, 0.9), hit(vpn, 0.88));

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(Reason.ARTICLE_REQUIRES_ESCALATION);
    assertThat(outcome.article()).isEqualTo(lost);
    assertThat(outcome.options()).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the vpn is down for everyone on my floor               | OUTAGE
          I spilled water on my laptop and now the vpn fails      | BROKEN_HARDWARE
          someone logged into my vpn account from abroad          | ACCOUNT_COMPROMISE
          I already reinstalled the vpn client                    | ALREADY_TRIED
          the vpn needs port 4501 opened on the firewall          | NEEDS_ADMIN
          vpn is broken, can I talk to a person                   | ASKED_FOR_PERSON
          """)
  void decide_signalWithConfidentHit_escalatesRoutedToTheHit(String text, Reason reason) {
    Outcome outcome = decide(text, hit(vpn, 0.95));

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(reason);
    assertThat(outcome.article()).isEqualTo(vpn);
  }

  @Test
  void decide_signalWithWeakHit_escalatesWithoutRouting() {
    Outcome outcome = decide("our whole office lost the internet", hit(wifi, 0.1));

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(Reason.OUTAGE);
    assertThat(outcome.article()).isNull();
  }

  @Test
  void decide_redirectArticleOnTop_declinesWithIt() {
    Outcome outcome = decide("the radiator by my desk is cold", hit(facilities, 0.6), hit(printer, 0.4));

    assertThat(outcome.decision()).isEqualTo(Decision.DECLINE);
    assertThat(outcome.reason()).isEqualTo(Reason.NOT_IT);
    assertThat(outcome.article()).isEqualTo(facilities);
  }

  @Test
  void decide_redirectArticleBelowTheItArticle_answersTheItArticle() {
    Outcome outcome = decide("printer jams near the kitchen", hit(printer, 0.7), hit(facilities, 0.4));

    assertThat(outcome.decision()).isEqualTo(Decision.ANSWER);
    assertThat(outcome.article()).isEqualTo(printer);
    assertThat(outcome.options()).doesNotContain(facilities);
  }

  @Test
  void decide_urgentSignalBeatsARedirect() {
    Outcome outcome = decide("someone else logged into my account from the kitchen pc", hit(facilities, 0.9));

    assertThat(outcome.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(outcome.reason()).isEqualTo(Reason.ACCOUNT_COMPROMISE);
    assertThat(outcome.article()).isNull();
  }
}
