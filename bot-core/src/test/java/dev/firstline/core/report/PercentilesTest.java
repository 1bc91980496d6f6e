package dev.firstline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static final List<Integer> TEN = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  @Test
  void nearestRank_isTheValueAtCeilingOfPTimesN() {
    assertThat(Percentiles.nearestRank(TEN, 50)).isEqualTo(5); // rank 5
    assertThat(Percentiles.nearestRank(TEN, 90)).isEqualTo(9); // rank 9
    assertThat(Percentiles.nearestRank(TEN, 91)).isEqualTo(10); // rank ceil(9.1) = 10
    assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4), 50)).isEqualTo(2); // no averaging of the middle two
    assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4), 90)).isEqualTo(4); // rank ceil(3.6) = 4
    assertThat(Percentiles.nearestRank(List.of(7), 90)).isEqualTo(7);
  }

  @Test
  void nothingToRank_isAMistake() {
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.nearestRank(TEN, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
