package dev.firstline.app;

import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.port.TicketStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firstline tickets ...}: the tickets in the configured store, as an administrator sees them. */
@Command(name = "tickets", description = "List tickets or show one with its whole history, from the configured ticket store.",
    subcommands = {TicketsCommand.ListTickets.class, TicketsCommand.ShowTicket.class, TicketsCommand.DraftFromTicket.class})
final class TicketsCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code firstline tickets list [--all]}: one line per ticket. */
  @Command(name = "list", description = "List the tickets that are not closed (id, status, queue, tier, priority, assignee, opened, summary).")
  static final class ListTickets implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Option(names = "--all", description = "Closed tickets too.")
    boolean all;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AppConfig config = common.config();
      TicketStore store = TicketStores.open(config);
      try {
        List<Ticket> tickets = all ? store.all() : store.notClosed();
        PrintWriter out = spec.commandLine().getOut();
        out.println(tickets.isEmpty() ? (all ? "No tickets." : "No open tickets.") : new TicketText(config.desk().sla().calendar().zone()).table(tickets));
        return 0;
      } finally {
        TicketStores.close(store);
      }
    }
  }

  /** {@code firstline tickets show ID}: every field and the whole history, internal notes included. */
  @Command(name = "show", description = "Show a ticket with every field and its whole history, internal notes included.")
  static final class ShowTicket implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "ID", description = "The ticket, such as HD-42.")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AppConfig config = common.config();
      TicketId ticketId;
      try {
        ticketId = new TicketId(id.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("firstline: there is no ticket " + id + ": " + e.getMessage());
        return 1;
      }
      TicketStore store = TicketStores.open(config);
      try {
        Optional<Ticket> ticket = store.find(ticketId);
        if (ticket.isEmpty()) {
          spec.commandLine().getErr().println("firstline: there is no ticket " + ticketId + " in " + where(config));
          return 1;
        }
        spec.commandLine().getOut().println(new TicketText(config.desk().sla().calendar().zone()).details(ticket.get(), store.history(ticketId)));
        return 0;
      } finally {
        TicketStores.close(store);
      }
    }
  }

  /** {@code firstline tickets draft ID}: a resolved ticket's question and resolution note as a draft article. */
  @Command(name = "draft", description = "Write a resolved ticket's question and resolution note as a draft article, which answers only once published.")
  static final class DraftFromTicket implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "ID", description = "The ticket, such as HD-42.")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      TicketId ticketId = new TicketId(id.toUpperCase(Locale.ROOT)); // a bad id is reported by Main's handler
      try (LocalDrafts local = LocalDrafts.open(common.config())) {
        return DraftOutput.print(spec, local, local.drafts().fromTicket(LocalDrafts.OPERATOR, ticketId));
      }
    }
  }

  private static String where(AppConfig config) {
    return config.database() == null ? config.dataDir().toString() : config.database().url();
  }
}
