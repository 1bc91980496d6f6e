package dev.firstline.bench.load;

import dev.firstline.bench.setup.BenchDesk;
import dev.firstline.bench.setup.DiscardingChat;
import dev.firstline.core.DecisionPolicy;
import dev.firstline.core.InMemoryTicketStore;
import dev.firstline.core.SupportBot;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.KnowledgeBase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Real messages sorted by what the bot does with them on this knowledge base, found by asking a
 * throw-away bot: questions it answers and that "thanks!" then closes without a ticket, questions it
 * answers and that a "still not working" escalates, and questions it escalates at once.
 */
record MessagePool(List<String> answered, List<String> answeredThenEscalated, List<String> escalated) {

  static final String THANKS = "thanks!";
  static final String NOT_FIXED = "that didn't help, it's still not working";
  static final String MORE_DETAIL = "I already restarted it twice and it happens on every network";

  static MessagePool classify(KnowledgeBase kb, List<String> texts) {
    Clock clock = Clock.systemUTC();
    TicketDesk desk = new TicketDesk(new InMemoryTicketStore("DRY"), new DiscardingChat(), person -> Set.of(), BenchDesk.settings(kb), clock);
    SupportBot bot = new SupportBot(kb, desk, clock, DecisionPolicy.defaults());
    List<String> answered = new ArrayList<>();
    List<String> thenEscalated = new ArrayList<>();
    List<String> escalated = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Reply first = say(bot, "a" + i, text);
      if (first.decision() == Decision.ANSWER && first.ticketOpened().isEmpty()) {
        if (say(bot, "a" + i, THANKS).ticketOpened().isEmpty()) {
          answered.add(text);
        }
        if (say(bot, "b" + i, text).decision() == Decision.ANSWER && say(bot, "b" + i, NOT_FIXED).ticketOpened().isPresent()) {
          thenEscalated.add(text);
        }
      } else if (first.decision() == Decision.ESCALATE && first.ticketOpened().isPresent()) {
        escalated.add(text);
      }
    }
    if (answered.isEmpty() || (thenEscalated.isEmpty() && escalated.isEmpty())) {
      throw new IllegalStateException("the knowledge base answers " + answered.size() + " and escalates " + (thenEscalated.size() + escalated.size())
          + " of the " + texts.size() + " messages; the load driver needs some of each");
    }
    return new MessagePool(List.copyOf(answered), List.copyOf(thenEscalated), List.copyOf(escalated));
  }

  private static Reply say(SupportBot bot, String person, String text) {
    return bot.handle(new IncomingMessage(UserRef.of("dry-run", person, person), ConversationRef.direct("dry-run", person), text));
  }
}
