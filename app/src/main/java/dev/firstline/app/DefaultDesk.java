package dev.firstline.app;

import dev.firstline.core.desk.Queue;
import dev.firstline.core.model.Tier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The desk layout used when the configuration names none: one 2nd-line queue per article queue, and 3rd-line specialists. */
final class DefaultDesk {

  static final List<String> SECOND_LINE = List.of("service-desk", "identity", "network", "endpoint", "messaging", "collaboration", "security", "applications", "access");
  static final List<String> THIRD_LINE = List.of("network-3rd", "servers", "security-3rd", "applications-3rd");
  static final String DEFAULT_QUEUE = "service-desk";
  static final Pattern URGENT_WORDS = Pattern.compile("(?i)\\b(ransom\\w*|data breach|encrypted (all )?(our|my) files)\\b");

  private DefaultDesk() {}

  /** The default queues, each posting to a channel of its own name. */
  static Map<String, Queue> queues() {
    Map<String, Queue> queues = new LinkedHashMap<>();
    SECOND_LINE.forEach(name -> queues.put(name, new Queue(name, Tier.SECOND, name, null)));
    THIRD_LINE.forEach(name -> queues.put(name, new Queue(name, Tier.THIRD, name, null)));
    return queues;
  }
}
