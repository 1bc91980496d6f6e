package dev.firstline.app;

import dev.firstline.core.Curation;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.KnowledgeInsights;
import dev.firstline.core.Drafts;
import dev.firstline.core.insight.GapReport;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ArticleEditor;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import dev.firstline.kb.ArticleFiles;
import dev.firstline.kb.DraftFiles;
import dev.firstline.kb.LuceneKnowledgeBase;
import dev.firstline.tickets.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The gap report and drafts on this machine's knowledge base and store. On the command line,
 * whoever may write the knowledge-base folder works as its knowledge manager.
 */
record LocalDrafts(LuceneKnowledgeBase kb, JdbcTicketStore store, Drafts drafts) implements AutoCloseable {

  /** The person at the command line: they may change the folder's files anyway. */
  static final UserRef OPERATOR = UserRef.of("local", System.getProperty("user.name", "operator"), System.getProperty("user.name", "operator"));

  private static final StaffDirectory FOLDER_WRITER = person -> Set.of(Role.KNOWLEDGE_MANAGER);

  /** Opens the configured knowledge base (lexical search is enough here) and store. */
  static LocalDrafts open(AppConfig config) {
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config.knowledgeBase());
    JdbcTicketStore store = TicketStores.open(config);
    ArticleFiles files = new ArticleFiles(kb);
    return new LocalDrafts(kb, store, drafts(kb, files, new Curation(files, FOLDER_WRITER, kb), store));
  }

  /** Drafts on this knowledge base, whose articles are written through {@code files} and curated by {@code curation}. */
  static Drafts drafts(LuceneKnowledgeBase kb, ArticleEditor files, Curation curation, TicketStore store) {
    return new Drafts(new DraftFiles(kb), files, curation, store, kb, Clock.systemUTC());
  }

  /**
   * The {@code kb} chat commands on this knowledge base: curating through {@code curation}, plus
   * the gap report, drafts and feedback per article on {@code questions}.
   */
  static CurationCommands commands(LuceneKnowledgeBase kb, Curation curation, TicketStore store, QuestionLog questions, String defaultQueue) {
    Clock clock = Clock.systemUTC();
    KnowledgeInsights insights = new KnowledgeInsights(drafts(kb, new ArticleFiles(kb), curation, store), questions, kb, defaultQueue, clock);
    return new CurationCommands(curation, clock, insights);
  }

  /** The gap report on the store's question log. */
  GapReport gaps(Instant from, Instant to) {
    return GapReport.of(store.questionLog().since(from), from, to, kb);
  }

  /** Where the draft files are, to edit them. */
  Path folder() {
    return new DraftFiles(kb).folder();
  }

  @Override
  public void close() {
    kb.close();
    store.close();
  }
}
