package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack users as the core's {@link UserRef}, named by their display name ({@code users.info},
 * cached for a day so that a person keeps the same name across a ticket's life). When Slack
 * cannot say, the user id stands in for the name and is not cached.
 */
final class SlackPeople {

  private static final Logger log = LoggerFactory.getLogger(SlackPeople.class);

  private final MethodsClient methods;
  private final WebApi api;
  private final Cache<String, String> names = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(24)).maximumSize(50_000).build();

  SlackPeople(MethodsClient methods, WebApi api) {
    this.methods = requireNonNull(methods, "methods");
    this.api = requireNonNull(api, "api");
  }

  UserRef user(String userId) {
    String name = names.getIfPresent(userId);
    if (name == null) {
      name = lookUp(userId);
    }
    return UserRef.of(SlackChatPlatform.PLATFORM, userId, name);
  }

  private String lookUp(String userId) {
    try {
      User user = api.call("users.info " + userId, () -> methods.usersInfo(r -> r.user(userId))).getUser();
      String name = nameOf(user);
      if (name == null) {
        return userId;
      }
      String existing = names.asMap().putIfAbsent(userId, name);
      return existing == null ? name : existing;
    } catch (RuntimeException e) {
      log.warn("cannot look up the name of {}: {}", userId, e.getMessage());
      return userId;
    }
  }

  private static @Nullable String nameOf(@Nullable User user) {
    if (user == null) {
      return null;
    }
    if (user.getProfile() != null) {
      if (notBlank(user.getProfile().getDisplayName())) {
        return user.getProfile().getDisplayName();
      }
      if (notBlank(user.getProfile().getRealName())) {
        return user.getProfile().getRealName();
      }
    }
    if (notBlank(user.getRealName())) {
      return user.getRealName();
    }
    return notBlank(user.getName()) ? user.getName() : null;
  }

  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
