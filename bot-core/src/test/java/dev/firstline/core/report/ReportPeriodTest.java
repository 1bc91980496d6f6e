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
  void days_areCalendarDaysTodayIncluded() {
    assertThat(ReportPeriod.since("7d", NOW, ZoneOffset.UTC)).isEqualTo(new ReportPeriod(Instant.parse("2026-01-01T00:00:00Z"), NOW));
    assertThat(ReportPeriod.since("1d", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2026-01-07T00:00:00Z"));
  }

  @Test
  void weeks_areSevenDaysEach() {
    assertThat(ReportPeriod.since("2w", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2025-12-25T00:00:00Z"));
  }

  @Test
  void aDate_startsAtItsMidnight_inTheDesksZone() {
    assertThat(ReportPeriod.since("2026-01-03", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(ReportPeriod.since("2026-01-03", NOW, ZoneId.of("America/New_York")).from()).isEqualTo(Instant.parse("2026-01-03T05:00:00Z"));
  }

  @Test
  void today_isTheDeskZonesDay() {
    // 03:00 UTC on the 7th is still the 6th in New York
    Instant lateEvening = Instant.parse("2026-01-07T03:00:00Z");
    assertThat(ReportPeriod.since("1d", lateEvening, ZoneId.of("America/New_York")).from()).isEqualTo(Instant.parse("2026-01-06T05:00:00Z"));
  }

  @Test
  void blank_isTheLast30Days() {
    assertThat(ReportPeriod.since(" ", NOW, ZoneOffset.UTC).from()).isEqualTo(Instant.parse("2025-12-09T00:00:00Z"));
  }

  @Test
  void anythingElse_isRefusedWithWhatIsAccepted() {
    assertThatThrownBy(() -> ReportPeriod.since("yesterday", NOW, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'yesterday' is not a period: use 7d, 30d, 12w or a date such as 2026-11-01");
    assertThatThrownBy(() -> ReportPeriod.since("0d", NOW, ZoneOffset.UTC)).hasMessageContaining("at least one day");
    assertThatThrownBy(() -> ReportPeriod.since("2026-02-01", NOW, ZoneOffset.UTC)).hasMessageContaining("in the future");
  }
}
