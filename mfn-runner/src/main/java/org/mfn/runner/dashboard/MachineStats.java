package org.mfn.runner.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

/**
 * The machine's CPU load and memory for the dashboard, read through OSHI (every OS): CPU load over
 * the interval since the previous reading (0..1), total and available memory in bytes, logical
 * processors, and the load average where the OS has one (-1 elsewhere). Thread-safe.
 */
final class MachineStats {
  private final CentralProcessor processor;
  private final GlobalMemory memory;
  private long[] previousTicks;

  MachineStats() {
    SystemInfo system = new SystemInfo();
    this.processor = system.getHardware().getProcessor();
    this.memory = system.getHardware().getMemory();
    this.previousTicks = processor.getSystemCpuLoadTicks();
  }

  /** Reads the figures now. */
  synchronized Map<String, Object> read() {
    double load = processor.getSystemCpuLoadBetweenTicks(previousTicks);
    previousTicks = processor.getSystemCpuLoadTicks();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpuLoad", Double.isFinite(load) ? load : 0.0);
    m.put("logicalProcessors", processor.getLogicalProcessorCount());
    m.put("loadAverage1m", processor.getSystemLoadAverage(1)[0]);
    m.put("memoryTotalBytes", memory.getTotal());
    m.put("memoryAvailableBytes", memory.getAvailable());
    return m;
  }
}
