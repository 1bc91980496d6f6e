package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.firstline.core.insight.ArticleFeedback;
import dev.firstline.core.insight.GapReport;
import dev.firstline.core.insight.GapText;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.port.TextAnalysis;
import dev.firstline.core.report.ReportPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The knowledge managers' view of how the answers do, as {@code kb} commands in any chat: the gap
 * report, drafts from a gap or a resolved ticket, publishing them, and feedback per article. {@link
 * CurationCommands} hands these verbs here and checks the role first.
 */
public final class KnowledgeInsights {

  /** The verbs handled here. */
  static final List<String> VERBS = List.of("gaps", "draft", "drafts", "publish", "feedback");

  /** Topics shown in chat; the command line shows them all. */
  private static final int TOPICS_IN_CHAT = 10;

  private final Drafts drafts;
  private final QuestionLog questions;
  private final TextAnalysis analysis;
  private final String defaultQueue;
  private final Clock clock;
  /** The gap report each person saw last, so that "draft gap 2" means the topic they saw as 2. */
  private final Cache<String, GapReport> shown = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(8)).maximumSize(1_000).build();

  /** Insights on this question log; gap drafts go to {@code defaultQueue} when their questions led to no ticket. */
  public KnowledgeInsights(Drafts drafts, QuestionLog questions, TextAnalysis analysis, String defaultQueue, Clock clock) {
    this.drafts = requireNonNull(drafts, "drafts");
    this.questions = requireNonNull(questions, "questions");
    this.analysis = requireNonNull(analysis, "analysis");
    this.defaultQueue = requireNonNull(defaultQueue, "defaultQueue");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Runs {@code kb VERB ARGS} for a knowledge manager; {@code command} is how commands are written there. */
  String run(UserRef who, String verb, List<String> args, String command) {
    return switch (verb) {
      case "gaps" -> args.size() <= 1 ? gaps(who, args.isEmpty() ? "" : args.getFirst(), command) : usage(command);
      case "feedback" -> args.size() <= 1 ? feedback(args.isEmpty() ? "" : args.getFirst()) : usage(command);
      case "drafts" -> drafts.list(who).message();
      case "publish" -> args.size() == 1 ? drafts.publish(who, args.getFirst().toLowerCase(Locale.ROOT)).message() : usage(command);
      default -> args.size() == 2 ? draft(who, args.get(0), args.get(1), command) : usage(command);
    };
  }

  /** Help lines for these verbs. */
  static List<String> help(String c) {
    return List.of(
        "- `" + c + " gaps [30d]`: questions the bot could not answer, grouped into topics, the biggest first",
        "- `" + c + " draft gap N` or `" + c + " draft ticket HD-12`: a draft article from topic N or a resolved ticket",
        "- `" + c + " drafts`, `" + c + " draft show ID`, `" + c + " draft discard ID`: the drafts waiting (edit them in the folder's drafts/)",
        "- `" + c + " publish ID`: a draft starts answering",
        "- `" + c + " feedback [30d]`: per article, times shown, share fixed, share that went to a person; failing ones flagged");
  }

  private String gaps(UserRef who, String since, String command) {
    Instant now = clock.instant();
    ReportPeriod period;
    try {
      period = ReportPeriod.since(since, now, clock.getZone());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    GapReport report = GapReport.of(questions.since(period.from()), period.from(), period.to(), analysis);
    shown.put(key(who), report);
    return GapText.of(report, TOPICS_IN_CHAT) + (report.gaps().isEmpty() ? "" : "\n`" + command + " draft gap N` writes topic N as a draft article.");
  }

  private String feedback(String since) {
    Instant from;
    try {
      from = ReportPeriod.start(since, clock.instant(), clock.getZone());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    return ArticleFeedback.table(ArticleFeedback.of(questions.since(from)));
  }

  private String draft(UserRef who, String what, String which, String command) {
    return switch (what.toLowerCase(Locale.ROOT)) {
      case "gap" -> fromGap(who, which, command);
      case "ticket" -> {
        try {
          yield drafts.fromTicket(who, new TicketId(which.toUpperCase(Locale.ROOT))).message();
        } catch (IllegalArgumentException e) {
          yield e.getMessage();
        }
      }
      case "show" -> drafts.show(who, which.toLowerCase(Locale.ROOT)).message();
      case "discard" -> drafts.discard(who, which.toLowerCase(Locale.ROOT)).message();
      default -> usage(command);
    };
  }

  private String fromGap(UserRef who, String number, String command) {
    GapReport report = shown.getIfPresent(key(who));
    if (report == null) {
      return "Show the gap report first (`" + command + " gaps`), then pick a topic by its number.";
    }
    try {
      return report.gap(Integer.parseInt(number))
          .map(gap -> drafts.fromGap(who, gap, defaultQueue).message())
          .orElse("The gap report has no topic " + number + "; it has " + report.gaps().size() + ".");
    } catch (NumberFormatException e) {
      return "Which topic? `" + command + " draft gap N`, with N a number from `" + command + " gaps`.";
    }
  }

  private static String key(UserRef who) {
    return who.platform() + ":" + who.id();
  }

  private static String usage(String c) {
    return String.join("\n", help(c));
  }
}
