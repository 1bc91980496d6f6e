package dev.firstline.bench.load;

import java.util.Arrays;

/** Recorded durations in nanoseconds (one recorder per thread) and their percentiles once merged. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  int count() {
    return size;
  }

  static Latencies merged(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.size; i++) {
        all.add(part.nanos[i]);
      }
    }
    Arrays.sort(all.nanos, 0, all.size);
    return all;
  }

  /** The value below which {@code percent} of the (sorted, merged) values lie, in milliseconds. */
  double percentileMillis(double percent) {
    if (size == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * size) - 1;
    return nanos[Math.clamp(rank, 0, size - 1)] / 1e6;
  }
}
