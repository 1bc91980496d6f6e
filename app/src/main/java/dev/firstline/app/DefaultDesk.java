package dev.firstline.app;

import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The desk layout used when the configuration names none: one 2nd-line queue per article queue, and 3rd-line specialists. */
final class DefaultDesk {

  static final List<String> SECOND_LINE = List.of("service-desk", "identity", "network", "endpoint", "messaging", "collaboration", "security", "applications", "access");
  static final List<String> THIRD_LINE = List.of("network-3rd", "servers", "security-3rd", "applications-3rd");

  private DefaultDesk() {}

  static DeskSettings settings(ZoneId zone) {
    Map<String, Queue> queues = new LinkedHashMap<>();
    SECOND_LINE.forEach(name -> queues.put(name, new Queue(name, Tier.SECOND, name, null)));
    THIRD_LINE.forEach(name -> queues.put(name, new Queue(name, Tier.THIRD, name, null)));
    return new DeskSettings(
        queues, Map.of(), "service-desk", DeskSettings.standardPriorities(),
        Pattern.compile("(?i)\\b(ransom\\w*|data breach|encrypted (all )?(our|my) files)\\b"),
        SlaPolicy.standard(BusinessCalendar.weekdays(zone)), Duration.ofDays(3));
  }
}
