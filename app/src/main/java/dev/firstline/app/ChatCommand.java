package dev.firstline.app;

import dev.firstline.core.report.Reports;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code firstline chat}: a conversation with the bot in the terminal, and the desk behind it, no chat platform needed. */
@Command(name = "chat", description = "Talk to the bot in this terminal, on the local knowledge base; act as an engineer too.")
final class ChatCommand implements Callable<Integer> {

  static final String HELP =
      """
      Type a question as you would in Slack or Discord. Commands:
        /fixed     the last answer fixed it        /broken   it is still not working
        /person    talk to a person                /help     this help
        /quit      leave (or Ctrl-D)
      When the bot offers numbered choices, reply with the number.
      Play the other side too (what the buttons in Slack or Discord do):
        /as NAME [requester|2nd|3rd|lead|manager]  become NAME, with that role
        /tickets                 open tickets      /show ID               a ticket and its history
        /claim ID                take it           /unclaim ID            give it back to the queue
        /transfer ID QUEUE|NAME  hand it over      /third-line ID QUEUE   pass it to specialists
        /ask ID TEXT             ask the requester /reply ID TEXT         write in the staff thread
        /resolve ID NOTE         close with a note /rate ID 1-5           rate it (as the requester)
        /tick                    fire due SLA reminders and closes now
        /report [30d|7d|24h|DAY] service figures, for leads (/as NAME lead)
      Knowledge managers (/as NAME manager) curate articles (/kb help says more):
        /kb search WORDS         what a question finds, with confidence
        /kb show ID              its Markdown file /kb history ID         its saved versions
        /kb edit ID              then the new file, ending with a line with only '.'
        /kb new ID               the same for a new article, starting from a template
        /kb restore ID VERSION   publish a saved version again
        /kb retire ID            stop it answering; restore brings it back
        /kb gaps [30d]           unanswered topics /kb draft gap N        topic N as a draft
        /kb draft ticket ID      its note, a draft /kb drafts             the drafts
        /kb draft show ID        a draft's file    /kb publish ID         a draft answers
        /kb feedback [30d]       per article: shown, fixed, to a person; failing ones flagged
      In /reply, text starting with // is an internal note the requester never sees.""";

  private static final Logger log = LoggerFactory.getLogger(ChatCommand.class);

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Where the person's lines come from; tests replace it. */
  java.io.InputStream input = System.in;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AppConfig config = common.config();
    LocalStaff staff = new LocalStaff(config.staff());
    try (LocalBot local = LocalBot.open(config, out, staff);
        TimerRunner timers = TimerRunner.start(local.desk(), TimerRunner.EVERY)) {
      int skipped = local.knowledgeBase().problems().size();
      out.printf(
          "Firstline: %d articles from %s, ready in %d ms%s.%n%s%n%n",
          local.knowledgeBase().articles().size(),
          config.knowledgeBase(),
          local.loadMillis(),
          skipped == 0 ? "" : " (" + skipped + " problem(s) reported above; run 'firstline kb validate')",
          HELP);
      ChatSession session = new ChatSession(local, staff, new TicketText(config.desk().sla().calendar().zone()),
          Reports.of(local.questions(), local.store(), config.desk(), staff, Clock.systemUTC()), System.getProperty("user.name", "you"));
      BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
      while (true) {
        out.print(session.prompt());
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
          out.println();
          return 0;
        }
        String answer = answer(session, line);
        if (!answer.isEmpty()) { // empty while an article's lines are typed
          out.println(answer);
          out.println();
        }
      }
    }
  }

  private static String answer(ChatSession session, String line) {
    try {
      return session.handle(line);
    } catch (RuntimeException e) { // a store or platform failure ends this line, not the chat
      log.warn("a chat line failed", e); // not the line itself: it may hold a secret
      return "bot> Sorry, that failed: " + e.getMessage();
    }
  }
}
