package dev.firstline.core;

import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A small service desk for tests: a few 2nd-line queues, two 3rd-line ones, and known staff. */
public final class Desks {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");
  public static final UserRef LEAD = UserRef.of("test", "L1", "Lena Lead");
  public static final UserRef EVE = UserRef.of("test", "E1", "Eve");
  public static final UserRef OMAR = UserRef.of("test", "E2", "Omar");
  public static final UserRef SAM = UserRef.of("test", "S1", "Sam Specialist");

  /** Eve and Omar are 2nd line, Sam is 3rd line, Lena leads; everyone else is a requester. */
  public static final StaffDirectory STAFF = person -> Map.of(
      EVE, Set.of(Role.SECOND_LINE),
      OMAR, Set.of(Role.SECOND_LINE),
      SAM, Set.of(Role.THIRD_LINE),
      LEAD, Set.of(Role.SECOND_LINE, Role.THIRD_LINE, Role.LEAD)).getOrDefault(person, Set.of());

  private Desks() {}

  public static DeskSettings settings() {
    return new DeskSettings(
        Map.of(
            "service-desk", new Queue("service-desk", Tier.SECOND, "C-DESK", LEAD),
            "network", new Queue("network", Tier.SECOND, "C-NET", LEAD),
            "identity", new Queue("identity", Tier.SECOND, "C-ID", LEAD),
            "security", new Queue("security", Tier.SECOND, "C-SEC", LEAD),
            "network-3rd", new Queue("network-3rd", Tier.THIRD, "C-NET3", LEAD),
            "servers", new Queue("servers", Tier.THIRD, "C-SRV", LEAD)),
        Map.of("lost-device", "security"),
        "service-desk",
        DeskSettings.standardPriorities(),
        Pattern.compile("(?i)\\b(ransom|data breach)\\b"),
        SlaPolicy.standard(BusinessCalendar.weekdays(ZONE)),
        Duration.ofDays(3));
  }

  public static TicketDesk desk(TicketStore store, RecordingChatPlatform chat, Clock clock) {
    return new TicketDesk(store, chat, STAFF, settings(), clock);
  }
}
