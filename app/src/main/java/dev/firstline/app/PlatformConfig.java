package dev.firstline.app;

import dev.firstline.core.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which chat platform {@code firstline run} serves and how: the {@code platform}, {@code slack} and
 * {@code discord} keys of firstline.yml. Tokens and secrets only ever come from the environment.
 *
 * @param platform slack or discord
 * @param slackHttpPort the port of the Events API endpoint; 0 for Socket Mode (the default)
 * @param slackRoleGroups Slack user-group id to the role its members have
 * @param discordGuilds the Discord servers the bot serves
 * @param discordMentionChannels channels where a mention of the bot is answered
 * @param discordStaffRoles Discord role id to the role its members have
 */
record PlatformConfig(
    String platform,
    int slackHttpPort,
    Map<String, Role> slackRoleGroups,
    Set<String> discordGuilds,
    Set<String> discordMentionChannels,
    Map<String, Role> discordStaffRoles) {

  static final Set<String> PLATFORMS = Set.of("slack", "discord");
  static final Set<String> SLACK_KEYS = Set.of("mode", "port", "role-groups");
  static final Set<String> DISCORD_KEYS = Set.of("guilds", "mention-channels", "staff-roles");
  static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  static final String DISCORD_TOKEN = "FIRSTLINE_DISCORD_TOKEN";

  /** Reads the platform keys; {@code override} (the --platform option) wins over the file. */
  static PlatformConfig load(@Nullable Path file, Path home, @Nullable String override) {
    ConfigReader in = new ConfigReader(file != null ? file : home.resolve("firstline.yml"));
    Map<String, Object> yaml = file != null || Files.exists(in.file()) ? in.read() : Map.of();
    Object chosen = override != null ? override : yaml.get("platform");
    if (chosen == null) {
      throw in.error("say which chat platform to run on: 'platform: slack' or 'platform: discord' (or --platform)");
    }
    String platform = String.valueOf(chosen).strip().toLowerCase(Locale.ROOT);
    if (!PLATFORMS.contains(platform)) {
      throw in.error("platform must be one of " + PLATFORMS.stream().sorted().toList() + " but was '" + chosen + "'");
    }
    Map<String, Object> slack = in.section("slack", yaml.get("slack"), SLACK_KEYS);
    String mode = String.valueOf(slack.getOrDefault("mode", "socket")).strip();
    if (!mode.equals("socket") && !mode.equals("http")) {
      throw in.error("slack.mode must be socket or http but was '" + mode + "'");
    }
    int port = mode.equals("http") ? (int) in.number("slack.port", slack.getOrDefault("port", 3000), "a port from 1 to 65535") : 0;
    if (mode.equals("http") && (port < 1 || port > 65_535)) {
      throw in.error("slack.port must be a port from 1 to 65535 but was " + port);
    }
    Map<String, Object> discord = in.section("discord", yaml.get("discord"), DISCORD_KEYS);
    return new PlatformConfig(
        platform,
        port,
        roles(in, "slack.role-groups", slack.get("role-groups")),
        ids(in, "discord.guilds", discord.get("guilds")),
        ids(in, "discord.mention-channels", discord.get("mention-channels")),
        roles(in, "discord.staff-roles", discord.get("staff-roles")));
  }

  /** The environment variables this platform needs that are missing. */
  List<String> missingSecrets(Map<String, String> env) {
    List<String> needed = switch (platform) {
      case "slack" -> slackHttpPort == 0 ? List.of(SLACK_BOT_TOKEN, SLACK_APP_TOKEN) : List.of(SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET);
      default -> List.of(DISCORD_TOKEN);
    };
    List<String> missing = new ArrayList<>();
    needed.forEach(name -> {
      if (env.getOrDefault(name, "").isBlank()) {
        missing.add(name);
      }
    });
    return missing;
  }

  private static Map<String, Role> roles(ConfigReader in, String key, @Nullable Object node) {
    Map<String, Role> roles = new LinkedHashMap<>();
    if (node == null) {
      return roles;
    }
    in.map(key, node).forEach((id, role) -> {
      Role parsed = DeskConfig.ROLES.get(String.valueOf(role).strip());
      if (parsed == null) {
        throw in.error(key + "." + id + " must be one of " + DeskConfig.ROLES.keySet().stream().sorted().toList() + " but was '" + role + "'");
      }
      roles.put(id, parsed);
    });
    return roles;
  }

  private static Set<String> ids(ConfigReader in, String key, @Nullable Object node) {
    Set<String> ids = new LinkedHashSet<>();
    in.list(key, node).forEach(v -> ids.add(in.text(key, v, "an id")));
    return ids;
  }
}
