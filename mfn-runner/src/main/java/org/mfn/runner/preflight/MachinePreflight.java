package org.mfn.runner.preflight;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mfn.core.result.MachineCheck;

/**
 * Checks the machine before a run, in the spirit of pyperf's {@code system show}: whatever would
 * move the numbers is a warning with its reason and fix. Reads {@code /proc} and {@code /sys}
 * (Linux); on another OS, or where a VM hides a file, the check is recorded as INFO.
 *
 * <ul>
 *   <li>{@code load}: 1-minute load average against the cores;
 *   <li>{@code busy-processes}: other processes using the CPUs now (OSHI, {@link BusyProcesses});
 *   <li>{@code cpu-governor}, {@code turbo}: frequency scaling ({@code cpufreq}, {@code
 *       intel_pstate}, {@code boost});
 *   <li>{@code steal}: the hypervisor's steal time over a short interval ({@code /proc/stat});
 *   <li>{@code cpu-pressure}, {@code memory-pressure}: PSI {@code some avg10} ({@code
 *       /proc/pressure});
 *   <li>{@code damon}: proactive memory reclaim running ({@code kdamond} state);
 *   <li>{@code transparent-huge-pages}: the THP mode;
 *   <li>{@code debugger}: a tracer on this process or a debugging/profiling agent in its JVM.
 * </ul>
 */
public final class MachinePreflight {
  /** Load average per core above which the machine counts as busy. */
  static final double LOAD_PER_CORE = 0.5;

  /** Steal share (0..1) above which the VM counts as contended. */
  static final double STEAL_SHARE = 0.02;

  /** PSI {@code some avg10} (percent) above which CPU pressure counts. */
  static final double CPU_PRESSURE = 10;

  /** PSI {@code some avg10} (percent) above which memory pressure counts. */
  static final double MEMORY_PRESSURE = 1;

  private final SystemFiles files;
  private final int cores;
  private final double loadAverage;
  private final List<String> jvmArguments;
  private final BusyProcesses busy;
  private final long sampleMillis;

  MachinePreflight(
      Path root,
      int cores,
      double loadAverage,
      List<String> jvmArguments,
      BusyProcesses busy,
      long sampleMillis) {
    this.files = new SystemFiles(root);
    this.cores = cores;
    this.loadAverage = loadAverage;
    this.jvmArguments = List.copyOf(jvmArguments);
    this.busy = busy;
    this.sampleMillis = sampleMillis;
  }

  /** The checks of this machine and this JVM. */
  public static MachinePreflight ofThisMachine() {
    return new MachinePreflight(
        Path.of("/"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        BusyProcesses.withOshi(),
        500);
  }

  /** Runs every check (about half a second: steal and busy processes are sampled). */
  public List<MachineCheck> run() {
    List<MachineCheck> checks = new ArrayList<>();
    checks.add(load());
    checks.add(busy.check(sampleMillis));
    checks.add(governor());
    checks.add(turbo());
    checks.add(steal());
    checks.add(pressure("cpu", CPU_PRESSURE));
    checks.add(pressure("memory", MEMORY_PRESSURE));
    checks.add(damon());
    checks.add(hugePages());
    checks.add(debugger());
    return checks;
  }

  MachineCheck load() {
    if (!(loadAverage >= 0)) {
      return MachineCheck.info("load", "not available", "this OS reports no load average");
    }
    String value = String.format(Locale.ROOT, "%.2f on %d cores", loadAverage, cores);
    return loadAverage > LOAD_PER_CORE * cores
        ? MachineCheck.warning(
            "load",
            value,
            "other work competes with the benchmarks for the CPUs",
            "wait for the machine to be idle, or stop what runs on it")
        : MachineCheck.ok("load", value);
  }

  MachineCheck governor() {
    Set<String> governors = new LinkedHashSet<>();
    for (String cpu : files.list("/sys/devices/system/cpu", "cpu")) {
      if (cpu.matches("cpu[0-9]+")) {
        String g = files.read("/sys/devices/system/cpu/" + cpu + "/cpufreq/scaling_governor");
        if (g != null) {
          governors.add(g);
        }
      }
    }
    if (governors.isEmpty()) {
      return MachineCheck.info(
          "cpu-governor", "not exposed", "no cpufreq in /sys (usual in a VM; the host decides)");
    }
    String value = String.join(",", governors);
    return governors.equals(Set.of("performance"))
        ? MachineCheck.ok("cpu-governor", value)
        : MachineCheck.warning(
            "cpu-governor",
            value,
            "the clock follows the load, so a benchmark's speed depends on what ran before it",
            "cpupower frequency-set -g performance");
  }

  MachineCheck turbo() {
    String noTurbo = files.read("/sys/devices/system/cpu/intel_pstate/no_turbo");
    String boost = files.read("/sys/devices/system/cpu/cpufreq/boost");
    if (noTurbo == null && boost == null) {
      return MachineCheck.info("turbo", "not exposed", "no intel_pstate or cpufreq boost in /sys");
    }
    boolean on = "0".equals(noTurbo) || "1".equals(boost);
    return on
        ? MachineCheck.warning(
            "turbo",
            "on",
            "turbo frequencies depend on temperature and on the other cores' load",
            noTurbo != null
                ? "echo 1 > /sys/devices/system/cpu/intel_pstate/no_turbo"
                : "echo 0 > /sys/devices/system/cpu/cpufreq/boost")
        : MachineCheck.ok("turbo", "off");
  }

  MachineCheck steal() {
    long[] before = cpuTicks(files.read("/proc/stat"));
    if (before == null) {
      return MachineCheck.info("steal", "not available", "no /proc/stat");
    }
    sleep(sampleMillis);
    long[] after = cpuTicks(files.read("/proc/stat"));
    if (after == null) {
      return MachineCheck.info("steal", "not available", "no /proc/stat");
    }
    long total = after[0] - before[0];
    long steal = after[1] - before[1];
    double share = total <= 0 ? 0 : (double) steal / total;
    String value = String.format(Locale.ROOT, "%.1f%% of CPU time", 100 * share);
    return share > STEAL_SHARE
        ? MachineCheck.warning(
            "steal",
            value,
            "the hypervisor gives this VM's CPU time to other guests",
            "run on a dedicated host or a quieter VM; repeat the run and compare")
        : MachineCheck.ok("steal", value);
  }

  /** Total and steal ticks of the {@code cpu} line of {@code /proc/stat}, or null. */
  static long[] cpuTicks(String stat) {
    if (stat == null) {
      return null;
    }
    for (String line : stat.split("\n")) {
      if (line.startsWith("cpu ")) {
        String[] f = line.trim().split("\\s+");
        long total = 0;
        try {
          for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
          }
          long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
          return new long[] {total, steal};
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  MachineCheck pressure(String resource, double limit) {
    String name = resource + "-pressure";
    String text = files.read("/proc/pressure/" + resource);
    Double avg10 = someAvg10(text);
    if (avg10 == null) {
      return MachineCheck.info(name, "not available", "no /proc/pressure/" + resource + " (PSI)");
    }
    String value = String.format(Locale.ROOT, "some avg10=%.2f%%", avg10);
    return avg10 > limit
        ? MachineCheck.warning(
            name,
            value,
            "tasks waited for " + resource + " in the last 10 s",
            "stop what competes for " + resource + " on this machine")
        : MachineCheck.ok(name, value);
  }

  /** The {@code avg10} of the {@code some} line of a PSI file, or null. */
  static Double someAvg10(String text) {
    if (text == null) {
      return null;
    }
    for (String line : text.split("\n")) {
      if (line.startsWith("some ")) {
        for (String field : line.split("\\s+")) {
          if (field.startsWith("avg10=")) {
            try {
              return Double.parseDouble(field.substring(6));
            } catch (NumberFormatException e) {
              return null;
            }
          }
        }
      }
    }
    return null;
  }

  MachineCheck damon() {
    String base = "/sys/kernel/mm/damon/admin/kdamonds";
    List<String> on = new ArrayList<>();
    for (String k : files.list(base, "")) {
      if (k.matches("[0-9]+") && "on".equals(files.read(base + "/" + k + "/state"))) {
        on.add(k);
      }
    }
    if (files.list("/sys/kernel/mm/damon", "").isEmpty()) {
      return MachineCheck.info("damon", "not exposed", "no DAMON in /sys/kernel/mm");
    }
    return on.isEmpty()
        ? MachineCheck.ok("damon", "no kdamond running")
        : MachineCheck.warning(
            "damon",
            "kdamond " + String.join(",", on) + " on",
            "proactive reclaim takes pages back from the JVM's heap, and allocating benchmarks"
                + " then swing up to 10x between forks",
            "fix and pre-touch the heap (-Xms = -Xmx, -XX:+AlwaysPreTouch; the classes that"
                + " allocate do), or stop DAMON: echo off > "
                + base
                + "/N/state");
  }

  MachineCheck hugePages() {
    String text = files.read("/sys/kernel/mm/transparent_hugepage/enabled");
    if (text == null) {
      return MachineCheck.info("transparent-huge-pages", "not exposed", "no THP setting in /sys");
    }
    int open = text.indexOf('[');
    int close = text.indexOf(']');
    String mode = open >= 0 && close > open ? text.substring(open + 1, close) : text;
    return "always".equals(mode)
        ? MachineCheck.warning(
            "transparent-huge-pages",
            mode,
            "khugepaged compacts memory in the background, which adds pauses to some iterations",
            "echo madvise > /sys/kernel/mm/transparent_hugepage/enabled")
        : MachineCheck.ok("transparent-huge-pages", mode);
  }

  MachineCheck debugger() {
    for (String a : jvmArguments) {
      if (a.startsWith("-agentlib:jdwp")
          || a.startsWith("-Xrunjdwp")
          || a.startsWith("-javaagent")
          || a.startsWith("-agentpath")) {
        return MachineCheck.warning(
            "debugger",
            a,
            "a debugging or profiling agent slows the runner and changes what the JIT does",
            "run without the agent");
      }
    }
    String status = files.read("/proc/self/status");
    if (status != null) {
      for (String line : status.split("\n")) {
        if (line.startsWith("TracerPid:") && !"0".equals(line.substring(10).trim())) {
          return MachineCheck.warning(
              "debugger",
              "traced by pid " + line.substring(10).trim(),
              "a tracer stops the process on events",
              "detach the debugger or tracer");
        }
      }
    }
    return MachineCheck.ok("debugger", "none attached");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
