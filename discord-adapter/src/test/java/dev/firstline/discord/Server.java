package dev.firstline.discord;

import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The test server: one guild with a help channel, staff queue channels, staff roles (knowledge managers too) and people. */
final class Server {

  static final String GUILD = "100";
  static final String HELP = "201";
  static final String DESK = "301";
  static final String SERVERS = "302";
  static final String NETWORK_FORUM = "303";
  static final String SECOND_LINE = "401";
  static final String THIRD_LINE = "402";
  static final String KNOWLEDGE_MANAGER = "403";
  static final String LEADS = "404";

  static final DataObject ANA = Payloads.user("501", "Ana", false);
  static final DataObject EVE = Payloads.user("502", "Eve", false);
  static final DataObject OMAR = Payloads.user("503", "Omar", false);
  static final DataObject SAM = Payloads.user("504", "Sam", false);
  static final UserRef LEAD = UserRef.of(DiscordAdapter.PLATFORM, "505", "Lena");
  static final DataObject KIM = Payloads.user("506", "Kim", false);

  private Server() {}

  static DataObject guild() {
    return Payloads.guild(
        GUILD,
        List.of(Payloads.role(GUILD, "@everyone", 0, 0), Payloads.role(SECOND_LINE, "2nd line", 1, 0), Payloads.role(THIRD_LINE, "3rd line", 2, 0),
            Payloads.role(KNOWLEDGE_MANAGER, "Knowledge managers", 3, 0), Payloads.role(LEADS, "IT leads", 4, 0)),
        List.of(Payloads.textChannel(HELP, GUILD, "help", 0), Payloads.textChannel(DESK, GUILD, "it-desk", 1),
            Payloads.textChannel(SERVERS, GUILD, "it-servers", 2), Payloads.forumChannel(NETWORK_FORUM, GUILD, "it-network", 3)),
        List.of(Payloads.member(Payloads.user(FakeDiscord.BOT_ID, "firstline", true), List.of())));
  }

  static DeskSettings desk() {
    ZoneId zone = ZoneId.of("Europe/London");
    return new DeskSettings(
        Map.of("service-desk", new Queue("service-desk", Tier.SECOND, DESK, LEAD), "servers", new Queue("servers", Tier.THIRD, SERVERS, LEAD),
            "network", new Queue("network", Tier.SECOND, NETWORK_FORUM, LEAD)),
        Map.of(),
        "service-desk",
        DeskSettings.standardPriorities(),
        Pattern.compile("(?i)\\bransom\\b"),
        SlaPolicy.standard(BusinessCalendar.weekdays(zone)),
        Duration.ofDays(3));
  }
}
