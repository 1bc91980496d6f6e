package dev.firstline.core;

import dev.firstline.core.model.Article;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Ticket;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The bot's sentences, kept in one place so the tone stays the same everywhere. */
final class Wording {

  static final String SECRET_WARNING =
      "Please never share passwords or keys in chat, not even with IT. I have removed it from this"
          + " conversation; if it was a real password, change it now.";

  static final String FEEDBACK_QUESTION =
      "Did that fix it? Reply *fixed*, *still broken*, or *person* to talk to someone.";

  private Wording() {}

  static String answer(Article article, List<Article> alternatives) {
    StringBuilder text = new StringBuilder("**").append(article.title()).append("**\n\n").append(article.body().strip());
    if (!alternatives.isEmpty()) {
      text.append("\n\nNot quite it? See also: ")
          .append(alternatives.stream().map(Article::title).collect(Collectors.joining(" | ")));
    }
    return text.append("\n\n").append(FEEDBACK_QUESTION).toString();
  }

  static String clarify(List<Article> options) {
    String choices =
        IntStream.range(0, options.size())
            .mapToObj(i -> (i + 1) + ". " + options.get(i).title())
            .collect(Collectors.joining("\n"));
    return "I can help with a few things that sound like this. Which one is it?\n"
        + choices
        + "\n\nReply with the number, or *person* if it is none of these.";
  }

  static String escalated(Ticket ticket, Reason reason, @Nullable Article shown) {
    StringBuilder text = new StringBuilder();
    if (shown != null) {
      text.append("**").append(shown.title()).append("**\n\n").append(shown.body().strip()).append("\n\n");
    }
    text.append(advice(reason))
        .append("I have passed this to the ")
        .append(ticket.queue())
        .append(" team as **")
        .append(ticket.id())
        .append("**. A person will reply here, with everything you have told me already,")
        .append(" so you will not need to repeat it.");
    return text.toString();
  }

  private static String advice(Reason reason) {
    return switch (reason) {
      case BROKEN_HARDWARE ->
          "That sounds like a hardware fault. If there is liquid, smoke, a burning smell or a swollen"
              + " battery, switch the device off, unplug it and do not charge it. ";
      case ACCOUNT_COMPROMISE ->
          "This may mean someone else has access to your account. Do not approve sign-in requests you"
              + " did not start, and do not click links in the suspicious messages. ";
      case DATA_LEAK ->
          "Information that went to the wrong place is a security incident: security can often recall or"
              + " remove it and limit the harm. Do not forward it again, and keep the message you sent. ";
      case OUTAGE -> "This looks like it affects more than you, so I am treating it as an outage. ";
      case NOT_FIXED, ALREADY_TRIED -> "Sorry the steps did not fix it. ";
      case ARTICLE_REQUIRES_ESCALATION -> "Please follow the steps above now; this also needs a person urgently. ";
      default -> "";
    };
  }

  static String redirected(Article elsewhere) {
    return elsewhere.body().strip()
        + "\n\nIf this is an IT problem after all, tell me a bit more, or reply *person* to reach the service desk.";
  }

  static String declined(Reason reason) {
    return switch (reason) {
      case GREETING -> "Hi! Tell me what is going wrong (for example \"I forgot my password\") and I will help.";
      case THANKS -> "You're welcome! Message me any time something IT-related goes wrong.";
      case FIXED -> "Great, glad that sorted it. Message me any time.";
      case EMPTY -> "I didn't catch a question there. What can I help you with?";
      default ->
          "That doesn't sound like something IT can help with; I handle computers, accounts, apps,"
              + " email and devices. If it is an IT problem, tell me a bit more, or reply *person*"
              + " to reach the service desk.";
    };
  }
}
