package io.fluxjava.e2e.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a process costs the machine, read from Linux's {@code /proc}: peak and current resident
 * memory ({@code VmHWM}, {@code VmRSS}) and CPU time spent in user and kernel mode.
 */
record ProcessFootprint(long peakRssKib, long rssKib, double cpuSeconds) {

  // USER_HZ, the unit of utime/stime; 100 on every Linux architecture the JDK supports
  private static final double CLOCK_TICKS_PER_SECOND = 100.0;

  // fields 14 and 15 of /proc/<pid>/stat, counted after the ")" that closes the command name
  private static final int UTIME_AFTER_NAME = 11;
  private static final int STIME_AFTER_NAME = 12;

  /** The footprint of a running process right now. */
  static ProcessFootprint of(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      String status = Files.readString(proc.resolve("status"));
      String stat = Files.readString(proc.resolve("stat"));
      // the command name may contain spaces; everything after its closing parenthesis is fixed
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks =
          Long.parseLong(fields[UTIME_AFTER_NAME]) + Long.parseLong(fields[STIME_AFTER_NAME]);
      return new ProcessFootprint(
          kib(status, "VmHWM:"), kib(status, "VmRSS:"), ticks / CLOCK_TICKS_PER_SECOND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + proc, e);
    }
  }

  /** Peak resident memory in MiB. */
  double peakRssMib() {
    return peakRssKib / 1024.0;
  }

  /** Current resident memory in MiB. */
  double rssMib() {
    return rssKib / 1024.0;
  }

  private static long kib(String status, String field) {
    return status
        .lines()
        .filter(line -> line.startsWith(field))
        .findFirst()
        .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
        .orElseThrow(() -> new IllegalStateException("no " + field + " in /proc status"));
  }
}
