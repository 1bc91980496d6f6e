package dev.firstline.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Events already taken, by {@code event_id} and by the message's {@code client_msg_id}, so that a
 * delivery Slack retries (its {@code X-Slack-Retry-Num}, Socket Mode's {@code retry_attempt}) or
 * sends twice is handled once. Slack retries within minutes; entries live for an hour.
 */
final class SeenEvents {

  private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(200_000).build();

  /** True the first time any of these keys is offered; null keys are skipped. */
  boolean first(@Nullable String... keys) {
    boolean first = true;
    for (String key : keys) {
      if (key != null && !key.isEmpty() && seen.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
        first = false;
      }
    }
    return first;
  }
}
