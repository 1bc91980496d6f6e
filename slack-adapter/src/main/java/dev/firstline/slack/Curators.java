package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.views.response.ViewSubmissionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.firstline.core.Curation.Outcome;
import dev.firstline.core.CurationCommands;
import dev.firstline.core.CurationCommands.OpenEditor;
import dev.firstline.core.CurationCommands.Say;
import dev.firstline.core.CurationCommands.ShowFile;
import dev.firstline.core.CurationCommands.Surface;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.slack.EditorModal.Editing;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge managers in Slack: {@code /helpdesk kb ...} goes to {@link CurationCommands} and is
 * answered privately, and {@code kb edit} or {@code kb new} opens the {@link EditorModal}. Its first
 * submit shows the problems on the file (the modal stays open) or a preview; submitting the
 * previewed file again publishes it.
 */
final class Curators {

  private static final Logger log = LoggerFactory.getLogger(Curators.class);
  static final Surface SLACK = new Surface(Routes.COMMAND + " kb", EditorModal.LIMIT);

  private final CurationCommands commands;
  private final SlackPeople people;
  private final MethodsClient methods;
  private final WebApi api;
  private final InOrder work;

  Curators(CurationCommands commands, SlackPeople people, MethodsClient methods, WebApi api, InOrder work) {
    this.commands = requireNonNull(commands, "commands");
    this.people = people;
    this.methods = methods;
    this.api = api;
    this.work = work;
  }

  /** One {@code kb} command; an editor opens at once, since the trigger id expires three seconds after the command. */
  void command(String userId, String text, String triggerId, Consumer<BlockKit.Rendered> respond) {
    work.runAnyOrder("/helpdesk kb by " + userId, () -> {
      switch (commands.run(people.user(userId), text, SLACK)) {
        case Say said -> respond.accept(BlockKit.text(said.text()));
        case ShowFile shown -> respond.accept(BlockKit.file(shown.id() + ".md", shown.file()));
        case OpenEditor editor -> open(triggerId, editor, respond);
      }
    });
  }

  /** The editor's submit, answered in the acknowledgement: problems on the input, a preview, or what publishing did. */
  ViewSubmissionResponse submitted(String userId, String metadata, Map<String, Map<String, ViewState.Value>> values) {
    Editing editing = Editing.decode(metadata);
    ViewState.Value value = values.getOrDefault(editing.block(), Map.of()).get(EditorModal.FILE);
    String file = value == null || value.getValue() == null ? "" : value.getValue();
    UserRef who = people.user(userId);
    if (editing.previewed(file)) {
      Outcome published = commands.publish(who, editing.id(), editing.creating(), file);
      return published.done() ? update(EditorModal.done(editing, published.message())) : errors(editing, published.message());
    }
    Outcome preview = commands.preview(who, editing.id(), editing.creating(), file);
    return preview.done() ? update(EditorModal.editor(editing.previewing(file), file, preview.message())) : errors(editing, preview.message());
  }

  private void open(String triggerId, OpenEditor editor, Consumer<BlockKit.Rendered> respond) {
    Editing editing = new Editing(editor.id(), editor.creating(), "");
    try {
      api.call("views.open for the editor of " + editor.id(),
          () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(EditorModal.editor(editing, editor.file(), null))));
    } catch (ChatDeliveryException e) {
      log.warn("could not open the editor of {}: {}", editor.id(), e.getMessage());
      respond.accept(BlockKit.text("Sorry, the editor did not open. Please run the command again."));
    }
  }

  private static ViewSubmissionResponse update(View view) {
    return ViewSubmissionResponse.builder().responseAction("update").view(view).build();
  }

  private static ViewSubmissionResponse errors(Editing editing, String message) {
    return ViewSubmissionResponse.builder().responseAction("errors").errors(Map.of(editing.block(), message)).build();
  }

  /** Whether a {@code /helpdesk} text is for this side rather than a question. */
  static boolean isFor(@Nullable Curators curators, String text) {
    return curators != null && CurationCommands.isCommand(text);
  }
}
