package dev.firstline.app;

import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.SupportBot;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.time.Clock;

/** The bot wired for running on this machine: the Lucene knowledge base and an in-memory ticket store. */
record LocalBot(LuceneKnowledgeBase knowledgeBase, SupportBot bot, long loadMillis) {

  static LocalBot start(AppConfig config) {
    long started = System.nanoTime();
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
    SupportBot bot =
        new SupportBot(kb, new InMemoryTicketStore(config.ticketPrefix()), Clock.systemUTC(), config.decision(), config.conversationMemory());
    return new LocalBot(kb, bot, (System.nanoTime() - started) / 1_000_000);
  }
}
