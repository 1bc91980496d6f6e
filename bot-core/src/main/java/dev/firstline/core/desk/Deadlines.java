package dev.firstline.core.desk;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA deadlines that still run, as the desk's clock read them at {@code asOf}. They are
 * counted in open desk time from the ticket's last open, move or reopen, the same deadlines its
 * reminders and its staff summary use.
 *
 * @param asOf when the desk worked them out, so that "in 25 minutes" is counted from its clock
 * @param claimBy when someone must have claimed it; null once someone has it or it is resolved or closed
 * @param resolveBy when it must be resolved; null once it is resolved or closed
 */
public record Deadlines(Instant asOf, @Nullable Instant claimBy, @Nullable Instant resolveBy) {

  public Deadlines {
    requireNonNull(asOf, "asOf");
  }

  /** Time left to claim it, negative when overdue; empty when no claim deadline runs. */
  public Optional<Duration> claimLeft() {
    return claimBy == null ? Optional.empty() : Optional.of(Duration.between(asOf, claimBy));
  }

  /** Time left to resolve it, negative when overdue; empty when no resolve deadline runs. */
  public Optional<Duration> resolveLeft() {
    return resolveBy == null ? Optional.empty() : Optional.of(Duration.between(asOf, resolveBy));
  }
}
