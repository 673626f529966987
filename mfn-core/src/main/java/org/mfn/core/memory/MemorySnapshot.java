package org.mfn.core.memory;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory of this process at one moment: resident set size (current and peak), heap used and
 * committed, and the garbage collections so far (count and accumulated time).
 *
 * <p>Resident set size comes from {@code /proc/self/status} ({@code VmRSS}, {@code VmHWM}) on
 * Linux; elsewhere, or when that file cannot be read, it falls back to the committed heap plus the
 * committed non-heap memory, which leaves out thread stacks, direct buffers and the JVM's own
 * native memory, and {@link #rssFromProc()} says which one it is. Sizes are bytes, times
 * milliseconds. Taking a snapshot does not collect garbage.
 *
 * @param rssBytes resident set size
 * @param peakRssBytes largest resident set size so far (equal to {@code rssBytes} in the fallback)
 * @param heapUsedBytes heap in use, garbage included
 * @param heapCommittedBytes heap committed by the JVM
 * @param gcCount collections so far, all collectors
 * @param gcTimeMillis time of those collections, milliseconds
 * @param rssFromProc whether the resident sizes were read from {@code /proc/self/status}
 */
public record MemorySnapshot(
    long rssBytes,
    long peakRssBytes,
    long heapUsedBytes,
    long heapCommittedBytes,
    long gcCount,
    long gcTimeMillis,
    boolean rssFromProc) {

  private static final Path PROC_STATUS = Path.of("/proc/self/status");

  /** Takes a snapshot of this process. */
  public static MemorySnapshot take() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    MemoryUsage heap = memory.getHeapMemoryUsage();
    long count = 0;
    long time = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      time += Math.max(0, gc.getCollectionTime());
    }
    long[] rss = readProcStatus(PROC_STATUS);
    if (rss == null) {
      long committed = heap.getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
      return new MemorySnapshot(
          committed, committed, heap.getUsed(), heap.getCommitted(), count, time, false);
    }
    return new MemorySnapshot(
        rss[0], rss[1], heap.getUsed(), heap.getCommitted(), count, time, true);
  }

  /**
   * Reads {@code VmRSS} and {@code VmHWM} from a {@code /proc/<pid>/status} file.
   *
   * @param status the file
   * @return {rss, peak} in bytes, or null when the file or either line is missing or malformed
   */
  static long[] readProcStatus(Path status) {
    List<String> lines;
    try {
      lines = Files.readAllLines(status, StandardCharsets.US_ASCII);
    } catch (IOException | SecurityException e) {
      return null;
    }
    long rss = -1;
    long peak = -1;
    for (String line : lines) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line);
      } else if (line.startsWith("VmHWM:")) {
        peak = kilobytes(line);
      }
    }
    return rss < 0 || peak < 0 ? null : new long[] {rss * 1024, peak * 1024};
  }

  /** Parses {@code Name: 1234 kB}; -1 when malformed. */
  private static long kilobytes(String line) {
    String[] fields = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
    if (fields.length != 2 || !"kB".equals(fields[1])) {
      return -1;
    }
    try {
      return Long.parseLong(fields[0]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
