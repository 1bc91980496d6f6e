package dev.firstline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  private static final Instant NOW = Instant.parse("2026-01-07T15:00:00Z");

  @Test
  void spans_goBackFromNow() {
    ReportPeriod week = ReportPeriod.since("7d", NOW, ZoneOffset.UTC);
    assertThat(week.from()).isEqualTo(Instant.parse("2025-12-31T15:00:00Z"));
    assertThat(week.contains(NOW)).as("what happens at this very instant counts").isTrue();
    assertThat(week.contains(NOW.plusNanos(1))).isFalse();
    assertThat(ReportPeriod.since("24h", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2026-01-06T15:00:00Z"));
    assertThat(ReportPeriod.since("2W", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2025-12-24T15:00:00Z"));
  }

  @Test
  void aDay_startsAtItsMidnight_inTheGivenZone() {
    assertThat(ReportPeriod.since("2026-01-03", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(ReportPeriod.since("2026-01-03", NOW, ZoneId.of("America/New_York")).from()).isEqualTo(Instant.parse("2026-01-03T05:00:00Z"));
  }

  @Test
  void blank_isTheLast30Days() {
    assertThat(ReportPeriod.since(" ", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2025-12-08T15:00:00Z"));
  }

  @Test
  void anythingElse_isRefusedWithTheFormsAccepted() {
    assertThatThrownBy(() -> ReportPeriod.since("yesterday", NOW, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'yesterday' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01");
    assertThatThrownBy(() -> ReportPeriod.since("0d", NOW, ZoneOffset.UTC)).hasMessageContaining("is not a period");
    assertThatThrownBy(() -> ReportPeriod.since("2026-02-01", NOW, ZoneOffset.UTC)).hasMessage("'2026-02-01' has not begun yet; a report covers time up to now");
  }
}
