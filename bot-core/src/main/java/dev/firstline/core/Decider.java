package dev.firstline.core;

import dev.firstline.core.MessageSignals.EscalationSignal;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.SearchHit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Decides what to do with one new question, given what the knowledge base found for it. */
final class Decider {

  /** The decision with the article it is about, if any, and the articles to offer. */
  record Outcome(Decision decision, Reason reason, @Nullable Article article, List<Article> options, double confidence) {

    Outcome(Decision decision, Reason reason, @Nullable Article article, List<Article> options) {
      this(decision, reason, article, options, 0.0);
    }

    Outcome withConfidence(double value) {
      return new Outcome(decision, reason, article, options, value);
    }
  }

  /** Words that only come up when something IT-related is meant. */
  private static final Pattern IT_WORDS =
      Pattern.compile(
          "\\b(computer|laptop|pc|mac|macbook|desktop|iphone|android|ipad|tablet|phone|screen|monitor|keyboard|mouse|"
              + "printer|print|scanners?|server|database|db|dns|network|internet|wi-?fi|vpn|firewall|email|e-mail|mail|"
              + "outlook|inbox|teams|zoom|office|word|excel|powerpoint|onedrive|sharepoint|confluence|jira|jenkins|"
              + "salesforce|sap|crm|erp|wms|system|dashboard|power bi|app|apps|application|software|portal|website|site|"
              + "browser|login|log in|sign in|password|account|mfa|access|permission|folder|drive|file|files|backup|"
              + "sync|cloud|install|update|error|crash|bug|data|export|import|headset|camera|microphone|battery|"
              + "charger|cable|usb|hdmi|dock|bluetooth|licen[cs]e|certificate|ssl|admin|pipelines?|build|deploy|api|"
              + "code|repo|git|tech|ticket|device|hardware)\\b");

  private final DecisionPolicy policy;

  Decider(DecisionPolicy policy) {
    this.policy = policy;
  }

  Outcome decide(String normalized, List<SearchHit> hits) {
    return decideOn(normalized, hits).withConfidence(hits.isEmpty() ? 0.0 : hits.get(0).confidence());
  }

  private Outcome decideOn(String normalized, List<SearchHit> hits) {
    List<SearchHit> itHits = hits.stream().filter(h -> !h.article().redirect()).toList();
    @Nullable Article routing = itHits.stream().findFirst().filter(h -> h.confidence() >= policy.option()).map(SearchHit::article).orElse(null);
    if (MessageSignals.asksForPerson(normalized)) {
      return new Outcome(Decision.ESCALATE, Reason.ASKED_FOR_PERSON, routing, List.of());
    }
    Optional<EscalationSignal> signal = MessageSignals.escalation(normalized);
    if (signal.isPresent()) {
      return new Outcome(Decision.ESCALATE, reasonFor(signal.get()), routing, List.of());
    }
    Optional<SearchHit> top = hits.stream().findFirst();
    if (top.isPresent() && top.get().article().redirect() && top.get().confidence() >= policy.clarify()) {
      // the message is about something IT does not handle: say where to go instead
      return new Outcome(Decision.DECLINE, Reason.NOT_IT, top.get().article(), List.of());
    }
    return onItArticles(normalized, itHits, routing);
  }

  /** The decision once the message is known to be neither urgent nor for another team. */
  private Outcome onItArticles(String normalized, List<SearchHit> hits, @Nullable Article routing) {
    double best = hits.isEmpty() ? 0.0 : hits.get(0).confidence();
    if (MessageSignals.notIt(normalized) && best < policy.strong() && !MessageSignals.namesItThing(normalized)) {
      return new Outcome(Decision.DECLINE, Reason.NOT_IT, null, List.of());
    }
    if (best >= policy.answer()) {
      SearchHit first = hits.get(0);
      if (first.article().escalate()) {
        return new Outcome(Decision.ESCALATE, Reason.ARTICLE_REQUIRES_ESCALATION, first.article(), List.of());
      }
      List<Article> close = closeTo(first, hits);
      if (!close.isEmpty()) {
        return new Outcome(Decision.CLARIFY, Reason.CLOSE_TOPICS, null, prepend(first.article(), close));
      }
      return new Outcome(Decision.ANSWER, Reason.CONFIDENT_MATCH, first.article(), alternatives(hits));
    }
    if (best >= policy.clarify()) {
      return new Outcome(Decision.CLARIFY, Reason.CLOSE_TOPICS, null, prepend(hits.get(0).article(), alternatives(hits)));
    }
    if (best >= policy.itTopic() || IT_WORDS.matcher(normalized).find()) {
      return new Outcome(Decision.ESCALATE, Reason.LOW_CONFIDENCE, routing, List.of());
    }
    return new Outcome(Decision.DECLINE, Reason.NOT_IT, null, List.of());
  }

  private List<Article> closeTo(SearchHit first, List<SearchHit> hits) {
    return hits.stream()
        .skip(1)
        .filter(h -> h.confidence() >= policy.option())
        .filter(h -> first.confidence() - h.confidence() < policy.closeMargin())
        .limit(2)
        .map(SearchHit::article)
        .toList();
  }

  private List<Article> alternatives(List<SearchHit> hits) {
    return hits.stream()
        .skip(1)
        .filter(h -> h.confidence() >= policy.option())
        .limit(2)
        .map(SearchHit::article)
        .toList();
  }

  private static List<Article> prepend(Article first, List<Article> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).toList();
  }

  private static Reason reasonFor(EscalationSignal signal) {
    return switch (signal) {
      case ACCOUNT_COMPROMISE -> Reason.ACCOUNT_COMPROMISE;
      case DATA_LEAK -> Reason.DATA_LEAK;
      case BROKEN_HARDWARE -> Reason.BROKEN_HARDWARE;
      case OUTAGE -> Reason.OUTAGE;
      case ADMIN_ONLY -> Reason.NEEDS_ADMIN;
      case ALREADY_TRIED -> Reason.ALREADY_TRIED;
    };
  }
}
