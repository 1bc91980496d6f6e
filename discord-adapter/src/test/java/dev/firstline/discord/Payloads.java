package dev.firstline.discord;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Discord JSON as the gateway and REST API send it, with the fields JDA reads. */
final class Payloads {

  private Payloads() {}

  static DataObject user(String id, String name, boolean bot) {
    return DataObject.empty().put("id", id).put("username", name).put("global_name", name).put("discriminator", "0")
        .put("avatar", null).put("bot", bot).put("public_flags", 0);
  }

  static DataObject member(DataObject user, List<String> roleIds) {
    return DataObject.empty().put("user", user).put("roles", DataArray.fromCollection(roleIds)).put("joined_at", FakeDiscord.now())
        .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).put("nick", null);
  }

  static DataObject role(String id, String name, int position, long permissions) {
    return DataObject.empty().put("id", id).put("name", name).put("position", position).put("permissions", Long.toString(permissions))
        .put("managed", false).put("hoist", false).put("mentionable", false).put("color", 0).put("flags", 0)
        .put("colors", DataObject.empty().put("primary_color", 0));
  }

  static DataObject textChannel(String id, String guildId, String name, int position) {
    return DataObject.empty().put("id", id).put("type", 0).put("guild_id", guildId).put("name", name).put("position", position)
        .put("parent_id", null).put("topic", null).put("nsfw", false).put("rate_limit_per_user", 0)
        .put("permission_overwrites", DataArray.empty()).put("last_message_id", null);
  }

  static DataObject forumChannel(String id, String guildId, String name, int position) {
    return textChannel(id, guildId, name, position).put("type", 15).put("flags", 0).put("default_sort_order", null)
        .put("default_forum_layout", 0).put("default_reaction_emoji", null).put("available_tags", DataArray.empty());
  }

  static DataObject thread(String id, String parentId, String name) {
    return DataObject.empty().put("id", id).put("type", 11).put("guild_id", Server.GUILD).put("parent_id", parentId).put("name", name)
        .put("owner_id", FakeDiscord.BOT_ID).put("member_count", 1).put("message_count", 0).put("total_message_count", 0)
        .put("rate_limit_per_user", 0).put("flags", 0).put("last_message_id", null)
        .put("thread_metadata", DataObject.empty().put("archived", false).put("locked", false).put("invitable", true)
            .put("auto_archive_duration", 1440).put("archive_timestamp", FakeDiscord.now()));
  }

  static DataObject guild(String id, List<DataObject> roles, List<DataObject> channels, List<DataObject> members) {
    return DataObject.empty().put("id", id).put("name", "Acme").put("owner_id", FakeDiscord.BOT_ID).put("unavailable", false)
        .put("features", DataArray.empty()).put("member_count", members.size()).put("large", false)
        .put("roles", DataArray.fromCollection(roles)).put("channels", DataArray.fromCollection(channels))
        .put("members", DataArray.fromCollection(members)).put("threads", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty()).put("emojis", DataArray.empty()).put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty()).put("presences", DataArray.empty()).put("preferred_locale", "en-US")
        .put("premium_progress_bar_enabled", false).put("nsfw_level", 0).put("afk_timeout", 300).put("joined_at", FakeDiscord.now());
  }

  static DataObject ready(String resumeUrl, String guildId) {
    return DataObject.empty().put("v", 10).put("user", user(FakeDiscord.BOT_ID, "firstline", true))
        .put("guilds", DataArray.empty().add(DataObject.empty().put("id", guildId).put("unavailable", true)))
        .put("session_id", "sess-1").put("resume_gateway_url", resumeUrl)
        .put("application", DataObject.empty().put("id", FakeDiscord.APP_ID).put("flags", 0))
        .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty()).put("presences", DataArray.empty());
  }

  static DataObject message(String id, String channelId, DataObject author, String content) {
    return DataObject.empty().put("id", id).put("channel_id", channelId).put("type", 0).put("content", content).put("author", author)
        .put("timestamp", FakeDiscord.now()).put("edited_timestamp", null).put("tts", false).put("mention_everyone", false)
        .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty()).put("components", DataArray.empty()).put("pinned", false).put("flags", 0);
  }

  /** A direct message from a person to the bot. */
  static DataObject directMessage(String id, String dmChannelId, DataObject author, String content) {
    return message(id, dmChannelId, author, content);
  }

  /** A message in a guild channel or thread, by a member with these roles; optionally mentioning the bot. */
  static DataObject guildMessage(String id, String channelId, DataObject author, List<String> roleIds, String content, boolean mentionsBot) {
    DataObject m = message(id, channelId, author, mentionsBot ? "<@" + FakeDiscord.BOT_ID + "> " + content : content)
        .put("guild_id", Server.GUILD)
        .put("member", member(author, roleIds).remove("user"));
    if (mentionsBot) {
      m.put("mentions", DataArray.empty().add(user(FakeDiscord.BOT_ID, "firstline", true)));
    }
    return m;
  }

  // ---- interactions ----------------------------------------------------------------------

  /** The common part of an interaction in a direct message with the bot. */
  static DataObject inDirect(String id, int type, DataObject user, String dmChannelId) {
    return DataObject.empty().put("id", id).put("application_id", FakeDiscord.APP_ID).put("type", type).put("token", "tok-" + id)
        .put("version", 1).put("channel_id", dmChannelId).put("user", user).put("context", 1).put("locale", "en-US")
        .put("channel", DataObject.empty().put("id", dmChannelId).put("type", 1).put("recipients", DataArray.empty().add(user)))
        .put("authorizing_integration_owners", DataObject.empty().put("1", user.getString("id")))
        .put("entitlements", DataArray.empty()).put("app_permissions", "0");
  }

  /** The common part of an interaction in a guild text channel, by a member with these roles. */
  static DataObject inGuild(String id, int type, DataObject user, List<String> roleIds, String channelId) {
    return DataObject.empty().put("id", id).put("application_id", FakeDiscord.APP_ID).put("type", type).put("token", "tok-" + id)
        .put("version", 1).put("channel_id", channelId).put("guild_id", Server.GUILD).put("context", 0).put("locale", "en-US")
        .put("guild_locale", "en-US").put("member", member(user, roleIds).put("permissions", "8"))
        .put("guild", DataObject.empty().put("id", Server.GUILD).put("locale", "en-US").put("features", DataArray.empty()))
        .put("channel", textChannel(channelId, Server.GUILD, "channel", 0))
        .put("authorizing_integration_owners", DataObject.empty().put("0", Server.GUILD))
        .put("entitlements", DataArray.empty()).put("app_permissions", "8");
  }

  static DataObject button(DataObject interaction, String customId) {
    return interaction.put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2))
        .put("message", DataObject.empty().put("id", "1").put("flags", 0));
  }

  static DataObject slash(DataObject interaction, String subcommand, String option, String value) {
    DataArray options = option.isEmpty() ? DataArray.empty()
        : DataArray.empty().add(DataObject.empty().put("type", 3).put("name", option).put("value", value));
    return interaction.put("data", DataObject.empty().put("id", "4242").put("name", "helpdesk").put("type", 1).put("guild_id", Server.GUILD)
        .put("options", DataArray.empty().add(DataObject.empty().put("type", 1).put("name", subcommand).put("options", options))));
  }

  static DataObject modalSubmit(DataObject interaction, String customId, String inputId, String value) {
    DataObject input = DataObject.empty().put("type", 4).put("id", 2).put("custom_id", inputId).put("value", value);
    return interaction.put("data", DataObject.empty().put("custom_id", customId)
        .put("components", DataArray.empty().add(DataObject.empty().put("type", 18).put("id", 1).put("component", input))));
  }
}
