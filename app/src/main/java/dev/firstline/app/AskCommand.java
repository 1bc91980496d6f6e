package dev.firstline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firstline ask TEXT}: one decision, readable or as JSON. */
@Command(name = "ask", description = "Show what the bot decides for one message.")
final class AskCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The message, as a person would write it.")
  String[] words;

  @Option(names = "--json", description = "Print the decision as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LocalBot local = LocalBot.start(common.config());
    String text = String.join(" ", words);
    Reply reply = local.bot().handle(new IncomingMessage(UserRef.of("local", "cli", "you"), ConversationRef.direct("local", "cli"), text));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(reply)));
    } else {
      out.printf("%s (%s, confidence %.2f)%n%n%s%n", reply.decision(), reply.reason(), reply.confidence(), reply.text());
    }
    return 0;
  }

  static ObjectNode toJson(Reply reply) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("decision", reply.decision().name());
    node.put("reason", reply.reason().name());
    node.put("confidence", Math.round(reply.confidence() * 1000) / 1000.0);
    node.put("article", reply.articleShown().map(Article::id).orElse(null));
    reply.options().forEach(a -> node.withArray("options").add(a.id()));
    reply.ticketOpened().ifPresent(t -> node.putObject("ticket").put("id", t.id().value()).put("queue", t.queue()));
    node.put("text", reply.text());
    return node;
  }
}
