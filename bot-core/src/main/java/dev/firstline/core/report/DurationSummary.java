package dev.firstline.core.report;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long something took across tickets: how many were measured, the median and the 90th
 * percentile (nearest rank: the value at position ceil(p/100 * n) of the sorted list), both null
 * when nothing was measured. Durations are wall-clock time, nights and weekends included.
 */
public record DurationSummary(int count, @Nullable Duration median, @Nullable Duration p90) {

  public DurationSummary {
    if ((count == 0) != (median == null) || (median == null) != (p90 == null)) {
      throw new IllegalArgumentException("median and p90 are null exactly when nothing was measured (count " + count + ")");
    }
  }

  static DurationSummary of(List<Duration> durations) {
    if (durations.isEmpty()) {
      return new DurationSummary(0, null, null);
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    return new DurationSummary(sorted.size(), Percentiles.nearestRank(sorted, 50), Percentiles.nearestRank(sorted, 90));
  }
}
