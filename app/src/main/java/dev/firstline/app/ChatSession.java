package dev.firstline.app;

import dev.firstline.core.CurationCommands;
import dev.firstline.core.CurationCommands.OpenEditor;
import dev.firstline.core.CurationCommands.Say;
import dev.firstline.core.CurationCommands.ShowFile;
import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketEvent;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.TicketStatus;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.report.Reports;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the person at the terminal types in {@code firstline chat}, as whoever they act as: questions
 * go to the bot, slash commands press the buttons of the desk. Not thread-safe: one keyboard.
 */
final class ChatSession {

  static final Map<String, Role> ROLES = Map.of("2nd", Role.SECOND_LINE, "3rd", Role.THIRD_LINE, "lead", Role.LEAD, "manager", Role.KNOWLEDGE_MANAGER);
  static final Set<String> DESK_ACTIONS = Set.of("claim", "unclaim", "transfer", "third-line", "ask", "resolve", "reopen", "rate");
  /** The terminal's editor is the lines typed after {@code /kb edit}: as long as they come. */
  private static final CurationCommands.Surface KB = new CurationCommands.Surface("/kb", Integer.MAX_VALUE);

  private final LocalBot local;
  private final LocalStaff staff;
  private final TicketText text;
  private final CurationCommands curation;
  private final Reports reports;
  private UserRef me;
  /** The article whose file is being typed after {@code /kb edit} or {@code /kb new}, until a line with only '.'. */
  private @Nullable OpenEditor editing;
  private final StringBuilder draft = new StringBuilder();

  ChatSession(LocalBot local, LocalStaff staff, TicketText text, Reports reports, String user) {
    this.local = local;
    this.staff = staff;
    this.text = text;
    this.curation = LocalDrafts.commands(local.knowledgeBase(), local.curation(), local.store(), local.questions(), local.desk().defaultQueue());
    this.reports = reports;
    this.me = person(user);
  }

  /** Who is typing, with their roles: {@code eve (2nd)> }. */
  String prompt() {
    if (editing != null) {
      return "";
    }
    return me.displayName() + roles(me) + "> ";
  }

  /** What to print for one line the person typed. */
  String handle(String line) {
    OpenEditor article = editing;
    if (article != null) {
      return editLine(article, line);
    }
    String[] words = line.strip().split("\\s+", 3);
    String command = words[0];
    String id = words.length > 1 ? words[1] : "";
    String rest = words.length > 2 ? words[2] : "";
    if (!command.startsWith("/")) {
      return bot(local.bot().handle(new IncomingMessage(me, here(), line)));
    }
    String name = command.substring(1);
    if (DESK_ACTIONS.contains(name) || Set.of("show", "reply").contains(name)) {
      if (id.isEmpty()) {
        return say("Which ticket? For example: " + command + " HD-1");
      }
      id = id.toUpperCase(Locale.ROOT);
      return switch (name) {
        case "show" -> ticket(id, this::show);
        case "reply" -> ticket(id, t -> reply(t, rest));
        // the desk parses and checks the rest, exactly as for a button pressed in Slack or Discord
        case "rate" -> result(local.desk().act(me, "rate:" + id + ":" + rest, ""));
        default -> result(local.desk().act(me, name + ":" + id, rest));
      };
    }
    return switch (name) {
      case "help" -> ChatCommand.HELP;
      case "fixed" -> bot(local.bot().feedback(me, here(), Feedback.FIXED));
      case "broken" -> bot(local.bot().feedback(me, here(), Feedback.NOT_FIXED));
      case "person" -> bot(local.bot().feedback(me, here(), Feedback.TALK_TO_PERSON));
      case "as" -> as(id, rest);
      case "tickets" -> tickets();
      case "kb" -> kb(line.strip().substring(1));
      case "tick" -> say(local.desk().runDueTimers() + " timer(s) fired.");
      case "report" -> say(reports.summaryFor(me, (id + " " + rest).strip()).text());
      default -> say("Unknown command " + command + "; /help lists the commands.");
    };
  }

  private String as(String name, String role) {
    if (name.isEmpty()) {
      return say("You are " + me.displayName() + roles(me) + ".");
    }
    if (!role.isEmpty() && !role.equals("requester") && !ROLES.containsKey(role)) {
      return say("Roles are requester, 2nd, 3rd, lead and manager, not '" + role + "'.");
    }
    me = person(name);
    if (role.equals("requester")) {
      staff.revokeAll(me.id());
    } else if (!role.isEmpty()) {
      staff.grant(me.id(), ROLES.get(role));
    }
    return say("You are now " + me.displayName() + roles(me) + ".");
  }

  /** {@code /kb ...}: the knowledge managers' commands, as in Slack and Discord; the editor is the lines typed next. */
  private String kb(String command) {
    return switch (curation.run(me, command, KB)) {
      case Say said -> say(said.text());
      case ShowFile shown -> say(shown.file());
      case OpenEditor editor -> {
        editing = editor;
        draft.setLength(0);
        yield say(editor.creating()
            ? "Write the file of the new article '" + editor.id() + "', then a line with only '.'. Start from this:\n" + editor.file()
            : "Paste the whole new file of '" + editor.id() + "' (front matter and body), then a line with only '.'.");
      }
    };
  }

  private String editLine(OpenEditor editor, String line) {
    if (!line.equals(".")) {
      draft.append(line).append('\n');
      return "";
    }
    editing = null;
    return say(curation.publish(me, editor.id(), editor.creating(), draft.toString()).message());
  }

  private String tickets() {
    boolean isStaff = !staff.rolesOf(me).isEmpty();
    List<Ticket> tickets = isStaff
        ? local.store().notClosed()
        : local.store().openedBy(me).stream().filter(t -> t.status() != TicketStatus.CLOSED).toList().reversed();
    return tickets.isEmpty() ? say("No open tickets" + (isStaff ? "." : " of yours.")) : say(text.table(tickets));
  }

  private String show(Ticket t) {
    List<TicketEvent> history = local.desk().history(t.id(), me);
    return history.isEmpty() ? say("Only staff and the requester may see " + t.id() + ".") : say(text.details(t, history));
  }

  /** Writes in the ticket's staff thread, as an engineer would in Slack or Discord. */
  private String reply(Ticket t, String message) {
    if (message.isBlank()) {
      return say("What should I send? For example: /reply " + t.id() + " Could you restart and try again?");
    }
    if (t.staff() == null) {
      return say(t.id() + " has no staff thread yet (posting it to its queue failed).");
    }
    return local.desk().staffWrote(t.staff().thread(), me, message).map(ChatSession::result).orElseGet(() -> say("No ticket has that thread."));
  }

  private String ticket(String id, Function<Ticket, String> then) {
    TicketId ticketId;
    try {
      ticketId = new TicketId(id);
    } catch (IllegalArgumentException e) {
      return say(e.getMessage());
    }
    Optional<Ticket> t = local.store().find(ticketId);
    return t.map(then).orElseGet(() -> say("There is no ticket " + ticketId + "."));
  }

  private ConversationRef here() {
    return ConversationRef.direct(TerminalChatPlatform.PLATFORM, "D-" + me.id());
  }

  private String roles(UserRef person) {
    Set<Role> roles = staff.rolesOf(person);
    return roles.isEmpty() ? "" : roles.stream().map(ChatSession::label).sorted().collect(Collectors.joining(", ", " (", ")"));
  }

  private static String label(Role role) {
    return ROLES.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst()
        .orElse(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static UserRef person(String name) {
    return UserRef.of(TerminalChatPlatform.PLATFORM, name, name);
  }

  private static String result(DeskResult result) {
    return say(result.message());
  }

  private static String bot(Reply reply) {
    return say(reply.text());
  }

  private static String say(String text) {
    return "bot> " + text.replace("\n", "\n     ");
  }
}
