package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.Curation.Outcome;
import dev.firstline.core.model.UserRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge managers' {@code kb} commands as people type them in any chat ({@code kb edit
 * vpn-connect}): one interpreter for the local chat, Slack and Discord. It answers with what to
 * tell the person or which editor to open; what an editor sends back goes to {@link #preview} and
 * {@link #publish}.
 */
public final class CurationCommands {

  private static final List<String> VERBS =
      Stream.concat(Stream.of("help", "search", "show", "edit", "new", "history", "restore", "retire"), KnowledgeInsights.VERBS.stream()).toList();

  /**
   * Where the commands are typed.
   *
   * @param command how the commands are written there, such as {@code /helpdesk kb}, for help and hints
   * @param editorLimit the most characters its editor takes; longer articles are edited in the folder
   */
  public record Surface(String command, int editorLimit) {

    public Surface {
      requireNonNull(command, "command");
      if (editorLimit < 1) {
        throw new IllegalArgumentException("editorLimit must be positive but was " + editorLimit);
      }
    }
  }

  /** What to do for a command: tell the person something, show them a file, or open an editor. */
  public sealed interface Result {}

  /** Tell the person this Markdown text. */
  public record Say(String text) implements Result {

    public Say {
      requireNonNull(text, "text");
    }
  }

  /** Show the person an article's Markdown file as it is (in a code block where the chat has them). */
  public record ShowFile(String id, String file) implements Result {

    public ShowFile {
      requireNonNull(id, "id");
      requireNonNull(file, "file");
    }
  }

  /** Open an editor on this file; what it sends back goes to {@link #preview} and {@link #publish}. */
  public record OpenEditor(String id, boolean creating, String file) implements Result {

    public OpenEditor {
      requireNonNull(id, "id");
      requireNonNull(file, "file");
    }
  }

  private final Curation curation;
  private final Clock clock;
  private final @Nullable KnowledgeInsights insights;

  /** Commands on this curation; the clock dates new articles. */
  public CurationCommands(Curation curation, Clock clock) {
    this(curation, clock, null);
  }

  /** As {@link #CurationCommands(Curation, Clock)}, with the gap report, drafts and feedback per article. */
  public CurationCommands(Curation curation, Clock clock, @Nullable KnowledgeInsights insights) {
    this.curation = requireNonNull(curation, "curation");
    this.clock = requireNonNull(clock, "clock");
    this.insights = insights;
  }

  /** Whether the text is a {@code kb} command: {@code kb} alone or followed by one of its verbs. */
  public static boolean isCommand(String text) {
    String[] words = text.strip().split("\\s+", 3);
    return words[0].equalsIgnoreCase("kb") && (words.length == 1 || VERBS.contains(words[1].toLowerCase(Locale.ROOT)));
  }

  /** Runs one command, {@code kb VERB [ARGUMENTS]}, for this person. */
  public Result run(UserRef who, String text, Surface where) {
    if (!curation.mayEdit(who)) {
      return new Say(Curation.ONLY_MANAGERS);
    }
    String[] words = text.strip().split("\\s+", 3);
    String verb = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "help";
    String rest = words.length > 2 ? words[2].strip() : "";
    List<String> args = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    if (verb.equals("search")) {
      return new Say(rest.isEmpty() ? "What should I search for? For example: " + where.command() + " search vpn keeps dropping"
          : curation.search(who, rest).message());
    }
    if (KnowledgeInsights.VERBS.contains(verb)) {
      return new Say(insights == null ? "The gap report, drafts and feedback are not set up here; `firstline gaps` and `firstline kb feedback` give them."
          : insights.run(who, verb, args, where.command()));
    }
    if (!VERBS.contains(verb) || verb.equals("help")) {
      return new Say(help(where));
    }
    if (args.isEmpty() || (verb.equals("restore") && args.size() < 2)) {
      return new Say(verb.equals("restore")
          ? "Which article and version? For example: " + where.command() + " restore vpn-connect VERSION (" + where.command() + " history vpn-connect lists them)"
          : "Which article? For example: " + where.command() + " " + verb + " vpn-connect");
    }
    String id = args.getFirst().toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "show" -> file(who, id, file -> new ShowFile(id, file));
      case "edit" -> file(who, id, file -> file.length() <= where.editorLimit() ? new OpenEditor(id, false, file) : new Say(tooLong(id, file, where)));
      case "new" -> {
        Outcome free = curation.mayCreate(who, id);
        yield free.done() ? new OpenEditor(id, true, template(id)) : new Say(free.message());
      }
      case "history" -> new Say(curation.history(who, id).message());
      case "restore" -> new Say(curation.restore(who, id, args.get(1)).message());
      default -> new Say(curation.retire(who, id).message());
    };
  }

  /** What the file an editor sent will publish, or its problems with their lines; nothing is written. */
  public Outcome preview(UserRef who, String id, boolean creating, String file) {
    if (creating) {
      Outcome free = curation.mayCreate(who, id);
      if (!free.done()) {
        return free;
      }
    }
    return curation.preview(who, id, normalized(file));
  }

  /** Publishes the file an editor sent: a new article, or a new version of this one. */
  public Outcome publish(UserRef who, String id, boolean creating, String file) {
    String normalized = normalized(file);
    return creating ? curation.create(who, id, normalized) : curation.edit(who, id, normalized);
  }

  /** The file a new article starts from: every key there, to be filled in. */
  String template(String id) {
    return """
        ---
        id: %s
        title:
        tags: []
        questions:
          -
        queue: service-desk
        escalate: false
        owner:
        updated: %s
        ---
        What this helps with, in a sentence.

        1. The first step.
        2. The next step.

        ## When to ask for a person

        When to contact the service desk, and what to tell them.
        """.formatted(id, LocalDate.now(clock));
  }

  String help(Surface where) {
    String c = where.command();
    List<String> more = insights == null ? List.of() : KnowledgeInsights.help(c);
    return String.join("\n", Stream.concat(Stream.of(
        "Knowledge-base commands, for knowledge managers:",
        "- `" + c + " search WORDS`: the articles a question finds, with their confidence",
        "- `" + c + " show ID`: an article's Markdown file",
        "- `" + c + " edit ID`: change it; it is checked before it is published",
        "- `" + c + " new ID`: write a new article (ids look like vpn-connect)",
        "- `" + c + " history ID`: its saved versions, when and by whom",
        "- `" + c + " restore ID VERSION`: publish a saved version again",
        "- `" + c + " retire ID`: stop it answering; its versions are kept"), Stream.concat(more.stream(), Stream.of(
        "Articles are the Markdown files in the knowledge-base folder: a change made there, or through git, answers at once too."))).toList());
  }

  private Result file(UserRef who, String id, Function<String, Result> then) {
    Outcome shown = curation.show(who, id);
    return shown.done() ? then.apply(shown.message()) : new Say(shown.message());
  }

  private static String tooLong(String id, String file, Surface where) {
    return "'" + id + "' is " + file.length() + " characters long, and the editor here takes at most " + where.editorLimit()
        + ". Edit its file (" + id + ".md) in the knowledge-base folder or through git instead: the bot picks the change up at once.";
  }

  /** Unix line ends and a final newline, as the files in the folder have. */
  static String normalized(String file) {
    String unix = file.replace("\r\n", "\n");
    return unix.endsWith("\n") ? unix : unix + "\n";
  }
}
