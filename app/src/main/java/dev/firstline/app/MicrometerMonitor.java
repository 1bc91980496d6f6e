package dev.firstline.app;

import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TimerKind;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.KnowledgeBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * The bot's figures for Prometheus: questions, replies by decision, tickets by queue and priority,
 * SLA breaches, decision and search latency, and the size of the knowledge base.
 */
final class MicrometerMonitor implements BotMonitor {

  private final PrometheusMeterRegistry registry;
  private final Counter questions;
  private final Timer decisions;
  private final Timer searches;

  MicrometerMonitor() {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.questions = Counter.builder("firstline.questions").description("Messages, clicks and choices the bot decided on (not those relayed to an open ticket)").register(registry);
    this.decisions = Timer.builder("firstline.decision.latency").description("Time from a message to the bot's reply").register(registry);
    this.searches = Timer.builder("firstline.search.latency").description("Time of one knowledge-base search").register(registry);
    for (Decision decision : Decision.values()) { // every series shows from the start, at 0
      answers(decision);
    }
    slaBreaches("claim");
    slaBreaches("resolve");
  }

  /** Adds the size of this knowledge base to the figures. */
  MicrometerMonitor measure(KnowledgeBase knowledgeBase) {
    Gauge.builder("firstline.knowledge.base.articles", knowledgeBase, kb -> kb.articles().size())
        .description("Articles the bot answers from").register(registry);
    return this;
  }

  /** The figures in the Prometheus text format. */
  String scrape() {
    return registry.scrape();
  }

  @Override
  public void decided(Reply reply, Duration took) {
    if (reply.reason() == Reason.RELAYED_TO_TICKET) {
      return; // a message to a person, not a question
    }
    questions.increment();
    answers(reply.decision()).increment();
    decisions.record(took);
  }

  @Override
  public void searched(Duration took, int hits) {
    searches.record(took);
  }

  @Override
  public void escalated(Ticket ticket) {
    Counter.builder("firstline.escalations").description("Tickets opened")
        .tags("queue", ticket.queue(), "priority", ticket.priority().name().toLowerCase(Locale.ROOT))
        .register(registry).increment();
  }

  @Override
  public void slaBreached(Ticket ticket, TimerKind kind) {
    slaBreaches(kind == TimerKind.CLAIM_BREACH ? "claim" : "resolve").increment();
  }

  private Counter answers(Decision decision) {
    return Counter.builder("firstline.answers").description("The bot's replies by decision")
        .tag("decision", decision.name().toLowerCase(Locale.ROOT)).register(registry);
  }

  private Counter slaBreaches(String deadline) {
    return Counter.builder("firstline.sla.breaches").description("Tickets not claimed or not resolved in time")
        .tag("deadline", deadline).register(registry);
  }
}
