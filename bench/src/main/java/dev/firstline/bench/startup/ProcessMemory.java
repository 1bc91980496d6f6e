package dev.firstline.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running JVM's memory as Linux and the JVM report it: resident set now and at its peak (from
 * {@code /proc/PID/status}), and the heap in use right after a full collection (through {@code jcmd}).
 *
 * @param rssKb resident memory now (VmRSS)
 * @param peakRssKb the most resident memory so far (VmHWM)
 * @param heapUsedKb heap in use after {@code GC.run}, the live data
 * @param heapCommittedKb heap the JVM had reserved from the system after that collection
 */
record ProcessMemory(long rssKb, long peakRssKb, long heapUsedKb, long heapCommittedKb) {

  /** A heap or generation line of {@code GC.heap_info}: "total NK, used NK" (JDK 21) or "total reserved NK, committed NK, used NK" (JDK 25). */
  private static final Pattern HEAP = Pattern.compile("(?m)^\\s*[\\w -]*?(?:heap|generation|gen)\\s+total (?:reserved \\d+K, committed )?(\\d+)K, used (\\d+)K");

  static ProcessMemory of(long pid, Path jcmd) {
    run(jcmd, pid, "GC.run");
    String heapInfo = run(jcmd, pid, "GC.heap_info");
    long used = 0;
    long committed = 0;
    Matcher m = HEAP.matcher(heapInfo);
    while (m.find()) {
      committed += Long.parseLong(m.group(1));
      used += Long.parseLong(m.group(2));
    }
    if (committed == 0) {
      throw new IllegalStateException("cannot read the heap from jcmd GC.heap_info:\n" + heapInfo);
    }
    String status = read(Path.of("/proc", Long.toString(pid), "status"));
    return new ProcessMemory(kb(status, "VmRSS"), kb(status, "VmHWM"), used, committed);
  }

  private static long kb(String status, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+) kB").matcher(status);
    if (!m.find()) {
      throw new IllegalStateException("no " + key + " in /proc/PID/status");
    }
    return Long.parseLong(m.group(1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (start-up memory needs Linux)", e);
    }
  }

  private static String run(Path jcmd, long pid, String command) {
    try {
      Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command)).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + jcmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running jcmd", e);
    }
  }
}
