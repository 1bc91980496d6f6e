package dev.firstline.core.insight;

/**
 * How a topic's questions are spread over the report's period: how many came in its earlier half
 * and how many in its later half.
 */
public record Trend(int earlier, int later) {

  public Trend {
    if (earlier < 0 || later < 0) {
      throw new IllegalArgumentException("counts cannot be negative: " + earlier + ", " + later);
    }
  }

  /** Which way the topic goes. */
  public enum Direction {
    RISING,
    STEADY,
    FALLING
  }

  /** Rising when the later half has more questions, falling when it has fewer. */
  public Direction direction() {
    return later > earlier ? Direction.RISING : later < earlier ? Direction.FALLING : Direction.STEADY;
  }
}
