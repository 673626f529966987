package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where and when a run happened.
 *
 * @param mfnVersion version of MFN Bench
 * @param jdkVersion {@code java.version}
 * @param jvmName {@code java.vm.name}
 * @param jvmVendor {@code java.vm.vendor}
 * @param jvmFlags input arguments of the host JVM
 * @param benchmarkJvmFlags extra arguments given to the forked benchmark JVMs
 * @param osName {@code os.name}
 * @param osVersion {@code os.version}
 * @param osArch {@code os.arch}
 * @param cpuModel CPU model name, or {@code unknown}
 * @param cores available processors
 * @param maxHeapBytes maximum heap of the host JVM, bytes
 * @param gitCommit the commit the runner was built from (40 hex, "-dirty" when the build tree had
 *     uncommitted changes), or null when it was not built from a git checkout
 * @param startTime ISO-8601 instant when the run started
 * @param endTime ISO-8601 instant when the run ended
 * @param machineChecks the preflight's checks of the machine before the run, or null in files
 *     written before they were recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentInfo(
    String mfnVersion,
    String jdkVersion,
    String jvmName,
    String jvmVendor,
    List<String> jvmFlags,
    List<String> benchmarkJvmFlags,
    String osName,
    String osVersion,
    String osArch,
    String cpuModel,
    int cores,
    long maxHeapBytes,
    String gitCommit,
    String startTime,
    String endTime,
    List<MachineCheck> machineChecks) {

  /**
   * Describes the JVM this code runs in: its version, vendor and flags, the OS, the processors and
   * the heap limit.
   *
   * @param mfnVersion the version of what runs (e.g. the runner's)
   * @param cpuModel the CPU's model name, or {@code unknown}
   * @param gitCommit the commit it was built from, or null
   * @param startTime when the run started, ISO-8601
   * @param endTime when it ended, or null
   * @return the description
   */
  public static EnvironmentInfo ofThisJvm(
      String mfnVersion, String cpuModel, String gitCommit, String startTime, String endTime) {
    Runtime runtime = Runtime.getRuntime();
    return new EnvironmentInfo(
        mfnVersion,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.vendor"),
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
        List.of(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        cpuModel,
        runtime.availableProcessors(),
        runtime.maxMemory(),
        gitCommit,
        startTime,
        endTime);
  }

  /** Where and when a run happened, without machine checks. */
  public EnvironmentInfo(
      String mfnVersion,
      String jdkVersion,
      String jvmName,
      String jvmVendor,
      List<String> jvmFlags,
      List<String> benchmarkJvmFlags,
      String osName,
      String osVersion,
      String osArch,
      String cpuModel,
      int cores,
      long maxHeapBytes,
      String gitCommit,
      String startTime,
      String endTime) {
    this(
        mfnVersion,
        jdkVersion,
        jvmName,
        jvmVendor,
        jvmFlags,
        benchmarkJvmFlags,
        osName,
        osVersion,
        osArch,
        cpuModel,
        cores,
        maxHeapBytes,
        gitCommit,
        startTime,
        endTime,
        null);
  }

  /** Copies the check list. */
  public EnvironmentInfo {
    machineChecks = machineChecks == null ? null : List.copyOf(machineChecks);
  }

  /** Returns a copy with the machine checks set. */
  public EnvironmentInfo withMachineChecks(List<MachineCheck> checks) {
    return new EnvironmentInfo(
        mfnVersion,
        jdkVersion,
        jvmName,
        jvmVendor,
        jvmFlags,
        benchmarkJvmFlags,
        osName,
        osVersion,
        osArch,
        cpuModel,
        cores,
        maxHeapBytes,
        gitCommit,
        startTime,
        endTime,
        checks);
  }

  /** Returns a copy with the forked JVMs' arguments set. */
  public EnvironmentInfo withBenchmarkJvmFlags(List<String> flags) {
    return new EnvironmentInfo(
        mfnVersion,
        jdkVersion,
        jvmName,
        jvmVendor,
        jvmFlags,
        List.copyOf(flags),
        osName,
        osVersion,
        osArch,
        cpuModel,
        cores,
        maxHeapBytes,
        gitCommit,
        startTime,
        endTime,
        machineChecks);
  }

  /** Returns a copy with the end time set. */
  public EnvironmentInfo withEndTime(String end) {
    return new EnvironmentInfo(
        mfnVersion,
        jdkVersion,
        jvmName,
        jvmVendor,
        jvmFlags,
        benchmarkJvmFlags,
        osName,
        osVersion,
        osArch,
        cpuModel,
        cores,
        maxHeapBytes,
        gitCommit,
        startTime,
        end,
        machineChecks);
  }
}
