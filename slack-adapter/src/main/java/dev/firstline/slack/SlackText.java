package dev.firstline.slack;

import dev.firstline.core.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Slack's text rules both ways: the core's Markdown becomes Slack mrkdwn with every {@code &},
 * {@code <} and {@code >} escaped (so no text can form {@code <!here>}, {@code <!channel>} or a
 * {@code <!subteam^…>} ping), and Slack's markup in what people write becomes plain text.
 */
final class SlackText {

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^&gt;\\s?(.*)$");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
  private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?![\\s*])(.+?)(?<![\\s*])\\*(?![*\\w])");
  private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
  private static final Pattern LINK_OR_URL =
      Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)|(https?://[^\\s<>|]*[^\\s<>|.,;:!?)'\"])");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");
  private static final char BOLD_MARK = '\u0001';

  private static final Pattern SLACK_USER = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern SLACK_CHANNEL = Pattern.compile("<#([A-Z0-9]+)(?:\\|([^>]*))?>");
  private static final Pattern SLACK_SPECIAL = Pattern.compile("<!([^>|]+)(?:\\|([^>]*))?>");
  private static final Pattern SLACK_LINK = Pattern.compile("<([a-z][a-z0-9+.-]*:[^>|]+)(?:\\|([^>]*))?>", Pattern.CASE_INSENSITIVE);

  private SlackText() {}

  /** Escapes the three characters Slack treats as markup: afterwards nothing can mention or link. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * The core's Markdown as Slack mrkdwn: bold, italics, strike-through, headings as bold lines,
   * bullet lists with bullets, numbered lists and code kept, links as Slack links; escaped first.
   */
  static String mrkdwn(String markdown) {
    List<String> out = new ArrayList<>();
    boolean inCode = false;
    for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
      String line = escape(raw);
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        out.add(line.strip());
        continue;
      }
      if (inCode) {
        out.add(line);
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String title = heading.group(1).replace("**", "").replace("__", "");
        out.add(title.isBlank() ? "" : "*" + inline(title) + "*");
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches() && !bullet.group(2).isBlank()) {
        out.add(bullet.group(1) + "• " + inline(bullet.group(2)));
        continue;
      }
      Matcher quote = QUOTE.matcher(line);
      if (quote.matches()) {
        out.add("> " + inline(quote.group(1)));
        continue;
      }
      out.add(inline(line));
    }
    return String.join("\n", out);
  }

  /** Inline formatting of one escaped line, leaving code spans alone. */
  private static String inline(String line) {
    StringBuilder out = new StringBuilder();
    Matcher code = CODE_SPAN.matcher(line);
    int at = 0;
    while (code.find()) {
      out.append(formatting(line.substring(at, code.start()))).append(code.group());
      at = code.end();
    }
    return out.append(formatting(line.substring(at))).toString();
  }

  private static String formatting(String text) {
    String s = BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(BOLD_MARK + (m.group(1) != null ? m.group(1) : m.group(2)) + BOLD_MARK));
    s = ITALIC.matcher(s).replaceAll("_$1_");
    s = STRIKE.matcher(s).replaceAll("~$1~");
    s = s.replace(BOLD_MARK, '*');
    return links(s);
  }

  private static String links(String text) {
    return LINK_OR_URL.matcher(text).replaceAll(m -> {
      if (m.group(3) != null) {
        return Matcher.quoteReplacement("<" + m.group(3) + ">");
      }
      String label = m.group(1).replace("|", "/");
      return Matcher.quoteReplacement("<" + m.group(2) + "|" + label + ">");
    });
  }

  /**
   * What a person wrote, from Slack's markup to plain text: user and channel mentions by name,
   * {@code <!here>} as {@code @here} (the core defuses it before it is relayed), links as their
   * text and address, and the escaped characters back.
   */
  static String plain(String slack) {
    String s = SLACK_USER.matcher(slack).replaceAll(m -> Matcher.quoteReplacement("@" + (m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : m.group(1))));
    s = SLACK_CHANNEL.matcher(s).replaceAll(m -> Matcher.quoteReplacement("#" + (m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : m.group(1))));
    s = SLACK_SPECIAL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(special(m.group(1), m.group(2))));
    s = SLACK_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Removes mentions of the bot itself ({@code <@UBOT>}) from a message. */
  static String withoutMention(String slack, String botUserId) {
    return slack.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").strip();
  }

  private static String special(String name, @Nullable String label) {
    if (name.startsWith("subteam^")) {
      return label != null && !label.isBlank() ? label : "@group";
    }
    if (name.startsWith("date^")) {
      return label == null ? "" : label;
    }
    return "@" + name;
  }

  private static String link(String url, @Nullable String label) {
    String address = url.startsWith("mailto:") ? url.substring("mailto:".length()) : url;
    if (label == null || label.isBlank() || label.equals(address)) {
      return address;
    }
    return label + " (" + address + ")";
  }

  /** At most {@code max} characters, cut where a reader would. */
  static String cut(String text, int max) {
    return Excerpt.of(text, max);
  }


  /** Splits text into pieces of at most {@code max} characters, at line breaks where possible. */
  static List<String> pieces(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      String piece = cut(rest, max);
      pieces.add(piece);
      rest = rest.substring(piece.length()).stripLeading();
    }
    if (!rest.isBlank()) {
      pieces.add(rest);
    }
    return pieces;
  }
}
