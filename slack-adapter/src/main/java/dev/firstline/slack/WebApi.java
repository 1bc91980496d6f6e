package dev.firstline.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.firstline.core.port.ChatDeliveryException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with retries. The SDK's synchronous client does not retry (only its
 * async client queues rate-limited calls), so this does: a 429 waits for its {@code Retry-After},
 * network errors, 5xx answers and Slack's transient errors back off and try again, and after the
 * last attempt (or at once for a permanent error) a {@link ChatDeliveryException} says why.
 */
final class WebApi {

  /** One Web API call, as the SDK's client makes it. */
  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private static final Logger log = LoggerFactory.getLogger(WebApi.class);
  private static final Set<String> TRANSIENT = Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);

  private final int attempts;
  private final Duration backoff;

  WebApi(int attempts, Duration backoff) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1 but was " + attempts);
    }
    this.attempts = attempts;
    this.backoff = backoff;
  }

  <T extends SlackApiTextResponse> T call(String what, Call<T> call) {
    String last = "no attempt";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 6));
      try {
        T response = call.run();
        if (response.isOk()) {
          return response;
        }
        last = response.getError();
        if (!TRANSIENT.contains(last)) {
          throw new ChatDeliveryException(what + " failed: " + last);
        }
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        last = "HTTP " + status;
        if (status == 429) {
          wait = retryAfter(e.getResponse().header("Retry-After"), wait);
        } else if (status < 500) {
          throw new ChatDeliveryException(what + " failed: HTTP " + status + " " + e.getMessage(), e);
        }
      } catch (IOException e) {
        last = e.toString();
      }
      if (attempt < attempts) {
        log.info("{} failed ({}), attempt {} of {}; retrying in {} ms", what, last, attempt, attempts, wait.toMillis());
        sleep(wait, what);
      }
    }
    throw new ChatDeliveryException(what + " failed after " + attempts + " attempts: " + last);
  }

  /** Slack's Retry-After is in seconds; an unreadable one falls back to the backoff. */
  static Duration retryAfter(@Nullable String header, Duration fallback) {
    if (header == null) {
      return fallback;
    }
    try {
      Duration wait = Duration.ofSeconds(Long.parseLong(header.strip()));
      return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static void sleep(Duration wait, String what) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChatDeliveryException(what + " interrupted while waiting to retry", e);
    }
  }
}
