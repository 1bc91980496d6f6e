package dev.firstline.discord;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.firstline.core.Curation.Outcome;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.CurationCommands.OpenEditor;
import dev.firstline.core.CurationCommands.Say;
import dev.firstline.core.CurationCommands.ShowFile;
import dev.firstline.core.CurationCommands.Surface;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Knowledge managers in Discord: {@code /helpdesk kb command:...} goes to {@link CurationCommands}
 * and is answered privately; {@code edit} and {@code new} open a form on the article's file. Its
 * submission answers privately with the problems and the text that was sent, or with a preview and
 * a Publish button. A form cannot answer with a form, so the file sent waits here, for an hour, for
 * Publish or Edit again.
 */
final class Curators {

  static final String OPTION = "command";
  static final String FILE = "file";
  static final Surface DISCORD = new Surface("/" + DiscordAdapter.COMMAND + " kb command:", TextInput.MAX_VALUE_LENGTH);
  private static final Duration KEPT_FOR = Duration.ofHours(1);

  /** A file sent from the form, waiting for Publish or Edit again by the person who sent it. */
  private record Sent(String owner, String id, boolean creating, String file) {}

  private final CurationCommands commands;
  private final Cache<String, Sent> sent = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(1_000).build();

  Curators(CurationCommands commands) {
    this.commands = requireNonNull(commands, "commands");
  }

  void command(SlashCommandInteractionEvent e, UserRef user) {
    String text = "kb " + Optional.ofNullable(e.getOption(OPTION)).map(OptionMapping::getAsString).orElse("");
    switch (commands.run(user, text, DISCORD)) {
      case Say said -> privately(e, List.of(said.text()), List.of());
      case ShowFile shown -> privately(e, codeBlocks(shown.file()), List.of());
      case OpenEditor editor -> e.replyModal(form(editor.id(), editor.creating(), editor.file())).queue(null, Interactions.failure(e));
    }
  }

  /** The form's file: its problems or a preview, for the sender only. */
  void submitted(ModalInteractionEvent e, UserRef user, String form) {
    boolean creating = form.startsWith("new:");
    String id = form.substring(form.indexOf(':') + 1);
    String file = Optional.ofNullable(e.getValue(FILE)).map(ModalMapping::getAsString).orElse("");
    String key = UUID.randomUUID().toString();
    sent.put(key, new Sent(user.id(), id, creating, file));
    Outcome preview = commands.preview(user, id, creating, file);
    Button again = Button.secondary(ComponentId.of(ComponentId.CURATE, "edit:" + key).toString(), "Edit again");
    if (preview.done()) {
      privately(e, List.of(preview.message()), List.of(Button.success(ComponentId.of(ComponentId.CURATE, "publish:" + key).toString(), "Publish"), again));
    } else {
      List<String> texts = new ArrayList<>();
      texts.add(preview.message() + "\n\nNothing was published. **Edit again** opens the form with what you sent, which follows:");
      texts.addAll(codeBlocks(file));
      privately(e, texts, List.of(again));
    }
  }

  /** Publish, or Edit again, on a file sent from the form. */
  void button(ButtonInteractionEvent e, UserRef user, String action) {
    String key = action.substring(action.indexOf(':') + 1);
    Sent file = sent.getIfPresent(key);
    if (file == null || !file.owner().equals(user.id())) {
      privately(e, List.of(file == null
          ? "That file is no longer here (it is kept for an hour, and not across restarts). Please run the command again."
          : "Only the person who sent this file can publish it."), List.of());
    } else if (action.startsWith("edit:")) {
      e.replyModal(form(file.id(), file.creating(), file.file())).queue(null, Interactions.failure(e));
    } else {
      Interactions.deferred(e, true, () -> {
        Outcome published = commands.publish(user, file.id(), file.creating(), file.file());
        if (published.done()) {
          sent.invalidate(key);
        }
        return Render.text(published.message());
      });
    }
  }

  private static Modal form(String id, boolean creating, String file) {
    TextInput input = TextInput.create(FILE, TextInputStyle.PARAGRAPH).setRequired(true).setMaxLength(TextInput.MAX_VALUE_LENGTH).setValue(file).build();
    String title = (creating ? "New article " : "Edit ") + id;
    return Modal.create(ComponentId.of(ComponentId.EDITOR, (creating ? "new:" : "edit:") + id).toString(),
            title.length() <= Modal.MAX_TITLE_LENGTH ? title : creating ? "New article" : "Edit article")
        .addComponents(Label.of(label(id + ".md"), "Front matter between the --- lines, then the body", input))
        .build();
  }

  /** The first text replies, the others follow it; buttons go under the first. All only for the person. */
  private static void privately(IReplyCallback e, List<String> texts, List<Button> buttons) {
    List<String> messages = texts.stream().flatMap(t -> Render.chunks(t).stream()).toList();
    MessageCreateData first = new MessageCreateBuilder().applyData(Render.text(messages.getFirst()))
        .setComponents(buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons))).build();
    e.reply(first).setEphemeral(true).queue(null, Interactions.failure(e));
    messages.stream().skip(1).forEach(m -> e.getHook().sendMessage(Render.text(m)).setEphemeral(true).queue(null, Interactions.failure(e)));
  }

  /** A file in code blocks that each fit in a message, split between lines. */
  static List<String> codeBlocks(String file) {
    int room = Render.MAX_CONTENT - "```\n```".length() - 1;
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    String text = file.endsWith("\n") ? file.substring(0, file.length() - 1) : file;
    for (String line : text.replace("```", "`\u200B``").split("\n", -1)) {
      if (!block.isEmpty() && block.length() + line.length() + 1 > room) {
        blocks.add("```\n" + block + "```");
        block.setLength(0);
      }
      block.append(line.length() > room ? line.substring(0, room - 1) + "…" : line).append('\n');
    }
    if (!block.toString().isBlank()) {
      blocks.add("```\n" + block + "```");
    }
    return blocks;
  }

  private static String label(String text) {
    return text.length() <= Label.LABEL_MAX_LENGTH ? text : text.substring(0, Label.LABEL_MAX_LENGTH - 1) + "…";
  }
}
