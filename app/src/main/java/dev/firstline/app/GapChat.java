package dev.firstline.app;

import dev.firstline.core.Drafts;
import dev.firstline.core.insight.GapReport;
import dev.firstline.core.model.TicketId;
import dev.firstline.core.model.UserRef;
import dev.firstline.kb.ArticleFiles;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.TypeConversionException;

/**
 * The local chat's {@code /kb gaps}, {@code /kb draft ...}, {@code /kb drafts} and {@code /kb
 * publish}: the gap report and drafts, for knowledge managers. {@code /kb draft gap N} takes topic
 * N of the report shown last.
 */
final class GapChat {

  /** The {@code /kb} actions handled here. */
  static final Set<String> ACTIONS = Set.of("gaps", "draft", "drafts", "publish");

  static final String USAGE =
      "Use /kb gaps [30d], /kb draft gap N, /kb draft ticket HD-1, /kb draft show|discard ID, /kb drafts or /kb publish ID.";

  private final LocalBot local;
  private final Drafts drafts;
  private @Nullable GapReport shown;

  GapChat(LocalBot local) {
    this.local = local;
    this.drafts = LocalDrafts.drafts(local.knowledgeBase(), new ArticleFiles(local.knowledgeBase()), local.curation(), local.store());
  }

  /** The reply to {@code /kb ACTION REST} from {@code me}. */
  String handle(UserRef me, String action, String rest) {
    if (!local.curation().mayEdit(me)) {
      return "Only knowledge managers may work on articles.";
    }
    String[] args = rest.isBlank() ? new String[0] : rest.strip().split("\\s+");
    return switch (action) {
      case "gaps" -> args.length <= 1 ? gaps(args.length == 0 ? "30d" : args[0]) : USAGE;
      case "drafts" -> args.length == 0 ? drafts.list(me).message() : USAGE;
      case "publish" -> args.length == 1 ? drafts.publish(me, args[0]).message() : USAGE;
      default -> args.length == 2 ? draft(me, args[0], args[1]) : USAGE;
    };
  }

  private String gaps(String since) {
    Instant from;
    try {
      from = new Lookback.Parser().convert(since).from(Instant.now());
    } catch (TypeConversionException e) {
      return e.getMessage();
    }
    GapReport report = LocalDrafts.gaps(local.questions(), local.knowledgeBase(), from, Instant.now());
    shown = report;
    return GapText.of(report, Integer.MAX_VALUE) + (report.gaps().isEmpty() ? "" : "\n/kb draft gap N writes topic N as a draft article.");
  }

  private String draft(UserRef me, String what, String which) {
    return switch (what) {
      case "gap" -> draftFromGap(me, which);
      case "ticket" -> {
        try {
          yield drafts.fromTicket(me, new TicketId(which.toUpperCase(Locale.ROOT))).message();
        } catch (IllegalArgumentException e) {
          yield e.getMessage();
        }
      }
      case "show" -> drafts.show(me, which).message();
      case "discard" -> drafts.discard(me, which).message();
      default -> USAGE;
    };
  }

  private String draftFromGap(UserRef me, String number) {
    GapReport report = shown;
    if (report == null) {
      return "Show the gap report first (/kb gaps), then pick a topic by its number.";
    }
    try {
      return report.gap(Integer.parseInt(number))
          .map(gap -> drafts.fromGap(me, gap, local.desk().defaultQueue()).message())
          .orElse("The gap report has no topic " + number + "; it has " + report.gaps().size() + ".");
    } catch (NumberFormatException e) {
      return "Which topic? /kb draft gap N, with N a number from /kb gaps.";
    }
  }
}
