package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.port.ChatDeliveryException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff side: buttons under ticket summaries (and the requester's rating buttons) go to
 * {@link TicketDesk#act}, the ones that need words first open a modal, and messages in a staff
 * thread go to {@link TicketDesk#staffWrote}. Whoever acted hears the outcome privately.
 */
final class Staff {

  private static final Logger log = LoggerFactory.getLogger(Staff.class);

  /** The modal that collects an action's argument; its private metadata is {@link Pending}. */
  static final String MODAL = "fl.desk-argument";
  static final String INPUT_BLOCK = "argument";
  static final String INPUT_ACTION = "value";

  /** The action a modal was opened for, and where its button was. */
  record Pending(String actionId, ConversationRef where) {

    String encode() {
      return actionId + "\n" + where.channelId() + "\n" + where.threadId();
    }

    static Pending decode(String metadata) {
      String[] parts = metadata.split("\n", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a pending action: '" + metadata + "'");
      }
      return new Pending(parts[0], new ConversationRef(SlackChatPlatform.PLATFORM, parts[1], parts[2]));
    }
  }

  /** What a modal asks for each action that needs words. */
  private record Question(String title, String label, String hint, boolean multiline) {}

  private final TicketDesk desk;
  private final SlackChatPlatform chat;
  private final MethodsClient methods;
  private final WebApi api;
  private final SlackPeople people;
  private final InOrder work;

  Staff(TicketDesk desk, SlackChatPlatform chat, MethodsClient methods, WebApi api, SlackPeople people, InOrder work) {
    this.desk = requireNonNull(desk, "desk");
    this.chat = chat;
    this.methods = methods;
    this.api = api;
    this.people = people;
    this.work = work;
  }

  /** A button with a core action id: at once, or after a modal for the ones that need words. */
  void button(String userId, String actionId, ConversationRef where, String triggerId) {
    Optional<Question> question = question(actionId);
    if (question.isPresent()) {
      // trigger ids expire three seconds after the click: open the modal first thing
      work.runAnyOrder("modal for " + actionId, () -> {
        try {
          openModal(triggerId, new Pending(actionId, where), question.get());
        } catch (ChatDeliveryException e) {
          log.warn("could not open the form for {}: {}", actionId, e.getMessage());
          tell(userId, where, "Sorry, the form did not open. Please press the button again.");
        }
      });
    } else {
      work.runAnyOrder(actionId + " by " + userId, () -> tell(userId, where, desk.act(people.user(userId), actionId, "")));
    }
  }

  /** The modal's answer. */
  void submitted(String userId, String metadata, String argument) {
    Pending pending = Pending.decode(metadata);
    work.runAnyOrder(pending.actionId() + " by " + userId, () -> tell(userId, pending.where(), desk.act(people.user(userId), pending.actionId(), argument)));
  }

  /**
   * A message in a thread: relayed or kept as a note when it is a ticket's staff thread. Runs on
   * the thread's worker; false when the thread is no staff thread.
   */
  boolean wrote(String userId, ConversationRef thread, String ts, String text) {
    String plain = SlackText.plain(text);
    Optional<DeskResult> result = desk.staffWrote(thread, people.user(userId), plain);
    if (result.isEmpty()) {
      return false;
    }
    DeskResult r = result.get();
    try {
      if (!r.done()) {
        chat.postEphemeral(thread, userId, r.message());
      } else {
        chat.react(thread.channelId(), ts, plain.strip().startsWith("//") ? "memo" : "white_check_mark");
      }
    } catch (ChatDeliveryException e) {
      log.warn("could not tell {} about their message in {}: {}", userId, thread, e.getMessage());
    }
    return true;
  }

  private void tell(String userId, ConversationRef where, DeskResult result) {
    tell(userId, where, result.message());
  }

  private void tell(String userId, ConversationRef where, String message) {
    try {
      chat.postEphemeral(where, userId, message);
    } catch (ChatDeliveryException e) {
      log.warn("could not tell {} '{}': {}", userId, message, e.getMessage());
    }
  }

  private void openModal(String triggerId, Pending pending, Question question) {
    PlainTextInputElement input = PlainTextInputElement.builder().actionId(INPUT_ACTION).multiline(question.multiline()).build();
    List<LayoutBlock> blocks = List.of(InputBlock.builder()
        .blockId(INPUT_BLOCK)
        .label(PlainTextObject.builder().text(question.label()).build())
        .hint(PlainTextObject.builder().text(question.hint()).build())
        .element(input)
        .build());
    View view = View.builder()
        .type("modal")
        .callbackId(MODAL)
        .privateMetadata(pending.encode())
        .title(ViewTitle.builder().type("plain_text").text(question.title()).build())
        .submit(ViewSubmit.builder().type("plain_text").text("Send").build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .blocks(blocks)
        .build();
    api.call("views.open for " + pending.actionId(), () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  private static Optional<Question> question(String actionId) {
    String verb = actionId.contains(":") ? actionId.substring(0, actionId.indexOf(':')) : actionId;
    String id = actionId.contains(":") ? actionId.substring(actionId.indexOf(':') + 1) : "";
    return Optional.ofNullable(switch (verb) {
      case "transfer" -> new Question(title("Transfer", id), "Transfer to", "A queue name (such as network) or a person.", false);
      case "third-line" -> new Question(title("3rd line", id), "3rd-line queue", "The specialist queue that should take it.", false);
      case "ask" -> new Question(title("Ask", id), "Question for the requester", "They get it in their conversation with the bot.", true);
      case "resolve" -> new Question(title("Resolve", id), "Resolution note", "The requester sees this note.", true);
      default -> null;
    });
  }

  /** Modal titles are at most 24 characters. */
  private static String title(String verb, String ticketId) {
    String title = verb + " " + ticketId;
    return title.length() <= 24 ? title : verb;
  }
}
