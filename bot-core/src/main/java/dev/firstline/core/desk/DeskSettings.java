package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Reason;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the desk is organised: its queues, which topics go where, priorities, SLA and how long a
 * resolved ticket can be reopened by replying.
 *
 * @param routes topic (article id) to queue name, overriding the article's own queue
 * @param defaultQueue where a ticket goes when nothing else says
 * @param priorityByReason priorities raised by why the bot escalated (security, outage...)
 * @param urgentWords words that make any ticket urgent ("ransom", "data breach")
 * @param reopenWindow a reply within this time after resolution reopens the ticket; after it the
 *     ticket closes itself
 */
public record DeskSettings(
    Map<String, Queue> queues,
    Map<String, String> routes,
    String defaultQueue,
    Map<Reason, Priority> priorityByReason,
    Pattern urgentWords,
    SlaPolicy sla,
    Duration reopenWindow) {

  public DeskSettings {
    queues = Map.copyOf(queues);
    routes = Map.copyOf(routes);
    requireNonNull(defaultQueue, "defaultQueue");
    priorityByReason = Map.copyOf(priorityByReason);
    requireNonNull(urgentWords, "urgentWords");
    requireNonNull(sla, "sla");
    requireNonNull(reopenWindow, "reopenWindow");
    if (!queues.containsKey(defaultQueue)) {
      throw new IllegalArgumentException("default queue '" + defaultQueue + "' is not one of the queues " + queues.keySet());
    }
    for (Map.Entry<String, String> route : routes.entrySet()) {
      if (!queues.containsKey(route.getValue())) {
        throw new IllegalArgumentException(
            "topic '" + route.getKey() + "' is routed to unknown queue '" + route.getValue() + "'; queues are " + queues.keySet());
      }
    }
  }

  /** Security incidents are urgent; outages, broken hardware and lost devices are high. */
  public static Map<Reason, Priority> standardPriorities() {
    return Map.of(
        Reason.ACCOUNT_COMPROMISE, Priority.URGENT,
        Reason.DATA_LEAK, Priority.URGENT,
        Reason.OUTAGE, Priority.HIGH,
        Reason.BROKEN_HARDWARE, Priority.HIGH,
        Reason.ARTICLE_REQUIRES_ESCALATION, Priority.HIGH);
  }

  public Optional<Queue> queue(String name) {
    return Optional.ofNullable(queues.get(name));
  }
}
