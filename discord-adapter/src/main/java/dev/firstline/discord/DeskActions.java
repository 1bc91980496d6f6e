package dev.firstline.discord;

import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.UserRef;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens on the desk's buttons and in ticket threads: every button goes to {@link
 * TicketDesk#act} by its action id; transfer, 3rd line, ask and resolve first open a form for the
 * text they need; what a person writes in a ticket's thread goes to {@link TicketDesk#staffWrote}.
 * Rating and reopening buttons in a requester's direct messages take the same path.
 */
final class DeskActions {

  private static final Logger log = LoggerFactory.getLogger(DeskActions.class);
  private static final String VALUE = "value";
  private static final Emoji DONE = Emoji.fromUnicode("✅");

  /** The form for an action that needs text, or none. */
  private record Form(String title, String label, TextInputStyle style, String placeholder) {}

  private final TicketDesk desk;

  DeskActions(TicketDesk desk) {
    this.desk = desk;
  }

  void button(ButtonInteractionEvent e, UserRef actor, String actionId) {
    String[] parts = actionId.split(":");
    Form form = parts.length < 2 ? null : form(parts[0], parts[1]);
    if (form != null) {
      TextInput input = TextInput.create(VALUE, form.style()).setPlaceholder(form.placeholder()).setRequired(true).build();
      Modal modal = Modal.create(ComponentId.of(ComponentId.MODAL, actionId).toString(), form.title()).addComponents(Label.of(form.label(), input)).build();
      e.replyModal(modal).queue(null, Interactions.failure(e));
      return;
    }
    Interactions.deferred(e, true, () -> Render.text(desk.act(actor, actionId, "").message()));
  }

  void submitted(ModalInteractionEvent e, UserRef actor, String actionId) {
    String value = Optional.ofNullable(e.getValue(VALUE)).map(ModalMapping::getAsString).orElse("");
    Interactions.deferred(e, true, () -> Render.text(desk.act(actor, actionId, value).message()));
  }

  /** A message in a thread: relayed (or kept as a note) if it is a ticket's staff thread; false otherwise. */
  boolean inThread(MessageReceivedEvent e, ThreadChannel thread, UserRef author) {
    ConversationRef where = new ConversationRef(DiscordAdapter.PLATFORM, thread.getParentChannel().getId(), thread.getId());
    Optional<DeskResult> result = desk.staffWrote(where, author, e.getMessage().getContentRaw());
    if (result.isEmpty()) {
      return false;
    }
    DeskResult r = result.get();
    if (r.done()) {
      e.getMessage().addReaction(DONE)
          .queue(null, ex -> log.debug("could not react to {}: {}", e.getMessageId(), ex.getMessage()));
    } else {
      e.getMessage().reply(Render.text(r.message())).queue(null, ex -> log.warn("could not answer in {}: {}", thread.getId(), ex.getMessage()));
    }
    return true;
  }

  private static @Nullable Form form(String kind, String ticket) {
    return switch (kind) {
      case "transfer" -> new Form("Transfer " + ticket, "Queue or person to transfer to", TextInputStyle.SHORT, "a queue name, or a person's Discord user id");
      case "third-line" -> new Form("Escalate " + ticket + " to 3rd line", "3rd-line queue", TextInputStyle.SHORT, "the 3rd-line queue's name");
      case "ask" -> new Form("Ask the requester of " + ticket, "Question for the requester", TextInputStyle.PARAGRAPH, "they get it in their direct messages");
      case "resolve" -> new Form("Resolve " + ticket, "Resolution note (the requester sees it)", TextInputStyle.PARAGRAPH, "what was wrong and what you did");
      default -> null;
    };
  }
}
