package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import org.jspecify.annotations.Nullable;

/**
 * A team that takes escalations: its name, its line, the staff channel where its tickets are
 * posted, and the lead who hears about SLA breaches.
 */
public record Queue(String name, Tier tier, String channelId, @Nullable UserRef lead) {

  public Queue {
    requireNonNull(name, "name");
    requireNonNull(tier, "tier");
    requireNonNull(channelId, "channelId");
  }
}
