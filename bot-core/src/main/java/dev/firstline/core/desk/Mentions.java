package dev.firstline.core.desk;

import java.util.regex.Pattern;

/**
 * Makes relayed text unable to ping: {@code @here}, {@code @channel}, {@code @everyone}, Slack's
 * {@code <!here>} and group mentions, and Discord role mentions are broken with a zero-width space,
 * so they read the same but notify nobody. Adapters also switch mentions off where the platform
 * allows it; this is the platform-neutral half.
 */
public final class Mentions {

  private static final String ZERO_WIDTH_SPACE = "\u200B";
  private static final Pattern BROAD = Pattern.compile("@(here|channel|everyone|all)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLACK_SPECIAL = Pattern.compile("<!(here|channel|everyone|subteam\\^[A-Z0-9]+)(\\|[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DISCORD_ROLE = Pattern.compile("<@&(\\d+)>");

  private Mentions() {}

  public static String defuse(String text) {
    String out = SLACK_SPECIAL.matcher(text).replaceAll(m -> "@" + ZERO_WIDTH_SPACE + plainName(m.group(1)));
    out = DISCORD_ROLE.matcher(out).replaceAll("@" + ZERO_WIDTH_SPACE + "role");
    return BROAD.matcher(out).replaceAll(m -> "@" + ZERO_WIDTH_SPACE + m.group(1));
  }

  private static String plainName(String special) {
    return special.toLowerCase(java.util.Locale.ROOT).startsWith("subteam") ? "group" : special;
  }
}
