package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Tier;
import java.time.Duration;
import java.util.Map;

/**
 * How fast tickets must be claimed and resolved, per priority and line, counted in open desk time;
 * a reminder goes out when {@code warnAt} of the time has passed.
 */
public record SlaPolicy(Map<Priority, Map<Tier, Target>> targets, double warnAt, BusinessCalendar calendar) {

  /** Time to claim and time to resolve. */
  public record Target(Duration toClaim, Duration toResolve) {

    public Target {
      requireNonNull(toClaim, "toClaim");
      requireNonNull(toResolve, "toResolve");
      if (toClaim.isNegative() || toClaim.isZero() || toResolve.compareTo(toClaim) < 0) {
        throw new IllegalArgumentException("need 0 < time to claim (" + toClaim + ") <= time to resolve (" + toResolve + ")");
      }
    }
  }

  public SlaPolicy {
    requireNonNull(calendar, "calendar");
    targets = Map.copyOf(targets);
    for (Priority p : Priority.values()) {
      for (Tier t : Tier.values()) {
        if (targets.get(p) == null || targets.get(p).get(t) == null) {
          throw new IllegalArgumentException("no SLA target for priority " + p + " and tier " + t);
        }
      }
    }
    if (!(warnAt > 0 && warnAt < 1)) {
      throw new IllegalArgumentException("warnAt must be between 0 and 1 (exclusive) but was " + warnAt);
    }
  }

  /** Targets common for an internal service desk; 3rd line gets twice as long. */
  public static SlaPolicy standard(BusinessCalendar calendar) {
    return new SlaPolicy(
        Map.of(
            Priority.URGENT, lines(Duration.ofMinutes(15), Duration.ofHours(4)),
            Priority.HIGH, lines(Duration.ofMinutes(30), Duration.ofHours(8)),
            Priority.NORMAL, lines(Duration.ofHours(2), Duration.ofHours(20)),
            Priority.LOW, lines(Duration.ofHours(8), Duration.ofHours(40))),
        0.75,
        calendar);
  }

  private static Map<Tier, Target> lines(Duration claim, Duration resolve) {
    return Map.of(Tier.SECOND, new Target(claim, resolve), Tier.THIRD, new Target(claim.multipliedBy(2), resolve.multipliedBy(2)));
  }

  public Target target(Priority priority, Tier tier) {
    return targets.get(priority).get(tier);
  }
}
