package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that stands still until it is told to move. Thread-safe. */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, ZoneId zone) {
    this.now = requireNonNull(start, "start");
    this.zone = requireNonNull(zone, "zone");
  }

  /** A clock at 2026-01-05T09:00:00Z, a Monday morning. */
  public static MutableClock monday() {
    return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public synchronized MutableClock advance(Duration duration) {
    now = now.plus(requireNonNull(duration, "duration"));
    return this;
  }

  public void set(Instant instant) {
    now = requireNonNull(instant, "instant");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A clock with another zone; it does not follow this clock's later moves. */
  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other);
  }
}
