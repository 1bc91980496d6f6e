package dev.firstline.app;

import dev.firstline.core.Curation;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TicketStore;
import dev.firstline.tickets.JdbcTicketStore;
import dev.firstline.kb.ArticleFiles;
import dev.firstline.kb.LuceneKnowledgeBase;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The bot wired for running on this machine: the Lucene knowledge base, a ticket store and a desk that prints what it sends. */
record LocalBot(
    LuceneKnowledgeBase knowledgeBase, SupportBot bot, TicketDesk desk, TicketStore store, QuestionLog questions, Curation curation, long loadMillis)
    implements AutoCloseable {

  /** For one-off decisions ({@code ask}, {@code eval}): tickets in memory only, messages to nowhere, nobody on staff. */
  static LocalBot start(AppConfig config) {
    long started = System.nanoTime();
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
    return wire(
        config, kb, new InMemoryTicketStore(config.ticketPrefix()), QuestionLog.NONE, new PrintWriter(Writer.nullWriter()), person -> Set.of(), BotMonitor.NONE,
        started);
  }

  /** The bot on the configured ticket store (the knowledge base reloads changed files), with a desk whose messages go to {@code out} and whose staff are {@code staff}. */
  static LocalBot open(AppConfig config, PrintWriter out, StaffDirectory staff) {
    return open(config, out, staff, BotMonitor.NONE);
  }

  /** As {@link #open(AppConfig, PrintWriter, StaffDirectory)}, telling {@code monitor} what the bot and desk do. */
  static LocalBot open(AppConfig config, PrintWriter out, StaffDirectory staff, BotMonitor monitor) {
    long started = System.nanoTime();
    CompletableFuture<JdbcTicketStore> store = TicketStores.openInBackground(config);
    LuceneKnowledgeBase kb;
    try {
      kb = LuceneKnowledgeBase.open(config.knowledgeBase(), config.semanticSearch());
    } catch (RuntimeException e) {
      TicketStores.abandon(store);
      throw e;
    }
    kb.watch();
    try {
      JdbcTicketStore opened = TicketStores.await(store);
      return wire(config, kb, opened, opened.questionLog(), out, staff, monitor, started);
    } catch (RuntimeException e) {
      kb.close();
      throw e;
    }
  }

  private static LocalBot wire(
      AppConfig config, LuceneKnowledgeBase kb, TicketStore store, QuestionLog questions, PrintWriter out, StaffDirectory staff, BotMonitor monitor,
      long started) {
    Clock clock = Clock.systemUTC();
    TicketDesk desk = new TicketDesk(store, new TerminalChatPlatform(out), staff, config.desk(), clock, monitor);
    SupportBot bot = new SupportBot(kb, desk, clock, config.decision(), config.conversationMemory(), monitor, questions);
    return new LocalBot(kb, bot, desk, store, questions, new Curation(new ArticleFiles(kb), staff, kb), (System.nanoTime() - started) / 1_000_000);
  }

  /** Stops watching the knowledge base and lets go of the ticket store. */
  @Override
  public void close() {
    knowledgeBase.close();
    TicketStores.close(store);
  }
}
