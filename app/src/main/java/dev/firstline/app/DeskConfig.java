package dev.firstline.app;

import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.desk.SlaPolicy.Target;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The desk part of the configuration: queues, routes, staff, SLA and reopen window; the defaults are {@link DefaultDesk}. */
final class DeskConfig {

  static final Set<String> QUEUE_KEYS = Set.of("tier", "channel", "lead");
  static final Set<String> SLA_KEYS = Set.of("time-zone", "opens", "closes", "working-days", "holidays", "warn-at", "targets");
  static final Set<String> TARGET_KEYS = Set.of("claim", "resolve", "claim-3rd", "resolve-3rd");
  static final Map<String, Tier> TIERS = Map.of("2nd", Tier.SECOND, "3rd", Tier.THIRD);
  static final Map<String, Role> ROLES = Map.of(
      "second-line", Role.SECOND_LINE, "third-line", Role.THIRD_LINE, "knowledge-manager", Role.KNOWLEDGE_MANAGER, "lead", Role.LEAD);

  private static final String WARN_AT = "between 0 and 1 (the share of the SLA time after which to remind), such as 0.75";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

  private DeskConfig() {}

  static DeskSettings settings(ConfigReader in, Map<String, Object> yaml) {
    Map<String, Queue> queues = yaml.containsKey("queues") ? queues(in, yaml.get("queues")) : DefaultDesk.queues();
    Map<String, String> routes = new LinkedHashMap<>();
    Object routeNode = yaml.get("routes");
    (routeNode == null ? Map.<String, Object>of() : in.map("routes", routeNode)).forEach((topic, queue) -> routes.put(topic, in.text("routes." + topic, queue, "a queue name")));
    String defaultQueue = in.text("default-queue", yaml.getOrDefault("default-queue", DefaultDesk.DEFAULT_QUEUE), "a queue name");
    try {
      return new DeskSettings(queues, routes, defaultQueue, DeskSettings.standardPriorities(), DefaultDesk.URGENT_WORDS,
          sla(in, yaml.get("sla")), in.duration("reopen-window", yaml.getOrDefault("reopen-window", "3d")));
    } catch (IllegalArgumentException e) {
      throw in.error(e.getMessage());
    }
  }

  /** Roles by user id, from {@code staff: {U123: [second-line, lead]}}. */
  static Map<String, Set<Role>> staff(ConfigReader in, @Nullable Object node) {
    Map<String, Set<Role>> staff = new TreeMap<>();
    if (node != null) {
      in.map("staff", node).forEach((user, roles) -> staff.put(user, Set.copyOf(
          in.list("staff." + user, roles).stream().map(r -> choice(in, "staff." + user, r, ROLES)).toList())));
    }
    return staff;
  }

  private static Map<String, Queue> queues(ConfigReader in, @Nullable Object node) {
    Map<String, Queue> queues = new LinkedHashMap<>();
    in.map("queues", node == null ? Map.of() : node).forEach((name, value) -> {
      Map<String, Object> q = in.section("queues." + name, value == null ? Map.of() : value, QUEUE_KEYS);
      Tier tier = choice(in, "queues." + name + ".tier", q.getOrDefault("tier", "2nd"), TIERS);
      String channel = in.text("queues." + name + ".channel", q.getOrDefault("channel", name), "a channel id");
      Object lead = q.get("lead");
      String leadId = lead == null ? null : in.text("queues." + name + ".lead", lead, "a user id");
      // a lead is named by user id alone; the local chat is the one platform wired so far
      queues.put(name, new Queue(name, tier, channel, leadId == null ? null : UserRef.of(TerminalChatPlatform.PLATFORM, leadId, leadId)));
    });
    if (queues.isEmpty()) {
      throw in.error("queues must name at least one queue, such as service-desk: {tier: 2nd, channel: C012345}");
    }
    return queues;
  }

  private static SlaPolicy sla(ConfigReader in, @Nullable Object node) {
    Map<String, Object> sla = in.section("sla", node, SLA_KEYS);
    BusinessCalendar standard = BusinessCalendar.weekdays(ZoneId.systemDefault());
    BusinessCalendar calendar = new BusinessCalendar(
        sla.containsKey("time-zone") ? zone(in, sla.get("time-zone")) : standard.zone(),
        sla.containsKey("opens") ? time(in, "sla.opens", sla.get("opens")) : standard.opens(),
        sla.containsKey("closes") ? time(in, "sla.closes", sla.get("closes")) : standard.closes(),
        sla.containsKey("working-days") ? days(in, sla.get("working-days")) : standard.workingDays(),
        in.list("sla.holidays", sla.get("holidays")).stream().map(d -> date(in, d)).collect(Collectors.toSet()));
    double warnAt = sla.containsKey("warn-at") ? in.number("sla.warn-at", sla.get("warn-at"), WARN_AT) : 0.75;
    if (!(warnAt > 0 && warnAt < 1)) {
      throw in.error("sla.warn-at must be a number " + WARN_AT + " but was " + sla.get("warn-at"));
    }
    SlaPolicy defaults = SlaPolicy.standard(calendar);
    Map<String, Object> custom = in.section("sla.targets", sla.get("targets"), names(Priority.values()));
    Map<Priority, Map<Tier, Target>> targets = new EnumMap<>(Priority.class);
    for (Priority p : Priority.values()) {
      String key = "sla.targets." + p.name().toLowerCase(Locale.ROOT);
      Map<String, Object> t = in.section(key, custom.get(p.name().toLowerCase(Locale.ROOT)), TARGET_KEYS);
      Duration claim = t.containsKey("claim") ? in.duration(key + ".claim", t.get("claim")) : defaults.target(p, Tier.SECOND).toClaim();
      Duration resolve = t.containsKey("resolve") ? in.duration(key + ".resolve", t.get("resolve")) : defaults.target(p, Tier.SECOND).toResolve();
      Duration claim3 = t.containsKey("claim-3rd") ? in.duration(key + ".claim-3rd", t.get("claim-3rd")) : claim.multipliedBy(2);
      Duration resolve3 = t.containsKey("resolve-3rd") ? in.duration(key + ".resolve-3rd", t.get("resolve-3rd")) : resolve.multipliedBy(2);
      try {
        targets.put(p, Map.of(Tier.SECOND, new Target(claim, resolve), Tier.THIRD, new Target(claim3, resolve3)));
      } catch (IllegalArgumentException e) {
        throw in.error(key + ": " + e.getMessage());
      }
    }
    return new SlaPolicy(targets, warnAt, calendar);
  }

  private static ZoneId zone(ConfigReader in, Object value) {
    try {
      return ZoneId.of(in.text("sla.time-zone", value, "a time zone"));
    } catch (DateTimeException e) {
      throw in.error("sla.time-zone must be a time zone like Europe/Berlin or UTC but was '" + value + "'");
    }
  }

  private static LocalTime time(ConfigReader in, String key, Object value) {
    try {
      return LocalTime.parse(in.text(key, value, "a time like 08:00"), TIME);
    } catch (DateTimeException e) {
      throw in.error(key + " must be a time like 08:00 or 17:30 but was '" + value + "'");
    }
  }

  private static LocalDate date(ConfigReader in, Object value) {
    try {
      return LocalDate.parse(in.text("sla.holidays", value, "a date like 2026-12-25"));
    } catch (DateTimeException e) {
      throw in.error("sla.holidays must list dates like 2026-12-25 but had '" + value + "'");
    }
  }

  private static Set<DayOfWeek> days(ConfigReader in, Object node) {
    Map<String, DayOfWeek> names = new TreeMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      names.put(d.name().toLowerCase(Locale.ROOT), d);
      names.put(d.name().toLowerCase(Locale.ROOT).substring(0, 3), d);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    in.list("sla.working-days", node).forEach(d -> days.add(choice(in, "sla.working-days", String.valueOf(d).toLowerCase(Locale.ROOT), names)));
    return days;
  }

  private static <T> T choice(ConfigReader in, String key, @Nullable Object value, Map<String, T> allowed) {
    T found = allowed.get(String.valueOf(value).strip());
    if (found == null) {
      throw in.error(key + " must be one of " + new TreeSet<>(allowed.keySet()) + " but was '" + value + "'");
    }
    return found;
  }

  private static Set<String> names(Priority[] values) {
    return Arrays.stream(values).map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
