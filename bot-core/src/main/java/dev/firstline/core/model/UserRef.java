package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** A person on a chat platform ({@code slack}, {@code discord} or {@code local}). */
public record UserRef(String platform, String id, String displayName) {

  public UserRef {
    requireNonNull(platform, "platform");
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
  }

  public static UserRef of(String platform, String id, String displayName) {
    return new UserRef(platform, id, displayName);
  }

  /** Whether this is the same person: same platform and id, whatever the display name is now. */
  public boolean sameAs(@Nullable UserRef other) {
    return other != null && platform.equals(other.platform) && id.equals(other.id);
  }
}
