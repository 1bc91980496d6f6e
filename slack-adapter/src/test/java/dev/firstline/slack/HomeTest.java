package dev.firstline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The countdowns in the App Home tab. */
class HomeTest {

  @Test
  void relative_countsDownInMinutesHoursAndDays_andSaysWhenOverdue() {
    assertThat(Home.relative(Duration.ofSeconds(30))).isEqualTo("now");
    assertThat(Home.relative(Duration.ofSeconds(-30))).isEqualTo("now");
    assertThat(Home.relative(Duration.ofMinutes(25).plusSeconds(40))).isEqualTo("in 25 min");
    assertThat(Home.relative(Duration.ofMinutes(-25))).isEqualTo("overdue by 25 min");
    assertThat(Home.relative(Duration.ofHours(1))).isEqualTo("in 1 h");
    assertThat(Home.relative(Duration.ofMinutes(-61))).isEqualTo("overdue by 1 h 1 min");
    assertThat(Home.relative(Duration.ofMinutes(3 * 60 + 10))).isEqualTo("in 3 h 10 min");
    assertThat(Home.relative(Duration.ofMinutes(20 * 60 + 10))).isEqualTo("in 20 h");
    assertThat(Home.relative(Duration.ofHours(48))).isEqualTo("in 2 d");
    assertThat(Home.relative(Duration.ofHours(-52))).isEqualTo("overdue by 2 d 4 h");
  }
}
