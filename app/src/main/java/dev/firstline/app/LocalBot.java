package dev.firstline.app;

import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.port.StaffDirectory;
import java.io.PrintWriter;
import java.util.Set;
import dev.firstline.core.SupportBot;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.time.Clock;

/** The bot wired for running on this machine: the Lucene knowledge base and an in-memory ticket store. */
record LocalBot(LuceneKnowledgeBase knowledgeBase, SupportBot bot, TicketDesk desk, long loadMillis) {

  static LocalBot start(AppConfig config) {
    return start(config, new PrintWriter(java.io.Writer.nullWriter()), person -> Set.of());
  }

  /** The bot with a desk whose messages go to {@code out} and whose staff are {@code staff}. */
  static LocalBot start(AppConfig config, PrintWriter out, StaffDirectory staff) {
    long started = System.nanoTime();
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
    Clock clock = Clock.systemUTC();
    TicketDesk desk = new TicketDesk(new InMemoryTicketStore(config.ticketPrefix()), new TerminalChatPlatform(out), staff, config.desk(), clock);
    SupportBot bot = new SupportBot(kb, desk, clock, config.decision(), config.conversationMemory());
    return new LocalBot(kb, bot, desk, (System.nanoTime() - started) / 1_000_000);
  }
}
