package dev.firstline.app;

import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code firstline chat}: a conversation with the bot in the terminal, no chat platform needed. */
@Command(name = "chat", description = "Talk to the bot in this terminal, on the local knowledge base.")
final class ChatCommand implements Callable<Integer> {

  static final String HELP =
      """
      Type a question as you would in Slack or Discord. Commands:
        /fixed     the last answer fixed it        /broken   it is still not working
        /person    talk to a person                /help     this help
        /quit      leave (or Ctrl-D)
      When the bot offers numbered choices, reply with the number.""";

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Where the person's lines come from; tests replace it. */
  java.io.InputStream input = System.in;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (LocalBot local = LocalBot.open(common.config(), out, person -> java.util.Set.of());
        TimerRunner timers = TimerRunner.start(local.desk(), TimerRunner.EVERY)) {
      return converse(local, out);
    }
  }

  private Integer converse(LocalBot local, PrintWriter out) throws java.io.IOException {
    int skipped = local.knowledgeBase().problems().size();
    out.printf(
        "Firstline: %d articles from %s, ready in %d ms%s.%n%s%n%n",
        local.knowledgeBase().articles().size(),
        common.config().knowledgeBase(),
        local.loadMillis(),
        skipped == 0 ? "" : " (" + skipped + " problem(s) reported above; run 'firstline kb validate')",
        HELP);
    UserRef you = UserRef.of("local", System.getProperty("user.name", "you"), System.getProperty("user.name", "you"));
    ConversationRef here = ConversationRef.direct("local", "terminal");
    BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    while (true) {
      out.print("you> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
        out.println();
        return 0;
      }
      Reply reply =
          switch (line.strip()) {
            case "/help" -> null;
            case "/fixed" -> local.bot().feedback(you, here, Feedback.FIXED);
            case "/broken" -> local.bot().feedback(you, here, Feedback.NOT_FIXED);
            case "/person" -> local.bot().feedback(you, here, Feedback.TALK_TO_PERSON);
            default -> local.bot().handle(new IncomingMessage(you, here, line));
          };
      out.println(reply == null ? HELP : "bot> " + reply.text().replace("\n", "\n     "));
      out.println();
    }
  }
}
