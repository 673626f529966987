package org.mfn.runner.preflight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.result.MachineCheck;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Other processes that use the CPUs now: two OSHI snapshots a short interval apart, and each
 * process's share of one core between them. This process and its children are left out.
 */
abstract class BusyProcesses {
  /** A process above this share of one core (0..1) counts as busy. */
  static final double BUSY_SHARE = 0.2;

  /** Checks the processes over an interval. */
  abstract MachineCheck check(long sampleMillis);

  /** The check on this machine. */
  static BusyProcesses withOshi() {
    return new BusyProcesses() {
      @Override
      MachineCheck check(long sampleMillis) {
        try {
          OperatingSystem os = new SystemInfo().getOperatingSystem();
          int self = os.getProcessId();
          Map<Integer, OSProcess> before = new HashMap<>();
          for (OSProcess p : os.getProcesses()) {
            before.put(p.getProcessID(), p);
          }
          Thread.sleep(sampleMillis);
          List<String> busy = new ArrayList<>();
          for (OSProcess p : os.getProcesses()) {
            OSProcess prior = before.get(p.getProcessID());
            if (prior == null || p.getProcessID() == self || p.getParentProcessID() == self) {
              continue;
            }
            double share = p.getProcessCpuLoadBetweenTicks(prior);
            if (share > BUSY_SHARE) {
              busy.add(
                  String.format(
                      Locale.ROOT,
                      "%s (pid %d, %.0f%%)",
                      p.getName(),
                      p.getProcessID(),
                      100 * share));
            }
          }
          return summarize(busy);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return MachineCheck.info("busy-processes", "not sampled", "interrupted");
        } catch (RuntimeException e) {
          return MachineCheck.info(
              "busy-processes", "not available", String.valueOf(e.getMessage()));
        }
      }
    };
  }

  /** The check for a list of busy processes. */
  static MachineCheck summarize(List<String> busy) {
    return busy.isEmpty()
        ? MachineCheck.ok(
            "busy-processes", "none above " + Math.round(100 * BUSY_SHARE) + "% of a core")
        : MachineCheck.warning(
            "busy-processes",
            String.join(", ", busy),
            "they take CPU time from the benchmarks",
            "stop them or wait until they finish");
  }
}
