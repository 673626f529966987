package org.mfn.runner.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.result.MachineCheck;
import org.mfn.core.result.MachineCheck.Status;

class MachinePreflightTest {
  @TempDir Path root;

  private static final BusyProcesses QUIET =
      new BusyProcesses() {
        @Override
        MachineCheck check(long sampleMillis) {
          return BusyProcesses.summarize(List.of());
        }
      };

  private void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Map<String, MachineCheck> run(double load, List<String> jvmArgs, long sample) {
    return new MachinePreflight(root, 2, load, jvmArgs, QUIET, sample)
        .run().stream().collect(Collectors.toMap(MachineCheck::name, Function.identity()));
  }

  @Test
  void quietMachine_everyCheckIsOkOrNotExposed() throws Exception {
    write("proc/stat", "cpu  100 0 50 1000 0 0 0 0 0 0\n");
    write("proc/pressure/cpu", "some avg10=0.50 avg60=0.10 avg300=0.00 total=1\n");
    write("proc/pressure/memory", "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
    write("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "performance\n");
    write("sys/devices/system/cpu/cpu1/cpufreq/scaling_governor", "performance\n");
    write("sys/devices/system/cpu/intel_pstate/no_turbo", "1\n");
    write("sys/kernel/mm/damon/admin/kdamonds/0/state", "off\n");
    write("sys/kernel/mm/transparent_hugepage/enabled", "always [madvise] never\n");
    write("proc/self/status", "Name:\tjava\nTracerPid:\t0\n");
    Map<String, MachineCheck> checks = run(0.2, List.of("-Xmx1g"), 1);
    assertThat(checks.values()).allMatch(c -> c.status() == Status.OK, "all OK: " + checks);
    assertThat(checks.get("transparent-huge-pages").value()).isEqualTo("madvise");
    assertThat(checks).hasSize(10);
  }

  @Test
  void busyMachine_eachProblemIsAWarningWithItsReasonAndFix() throws Exception {
    write("proc/stat", "cpu  100 0 50 1000 0 0 0 0 0 0\n");
    write("proc/pressure/cpu", "some avg10=25.00 avg60=10.00 avg300=1.00 total=9\n");
    write(
        "proc/pressure/memory",
        "some avg10=3.50 avg60=1.00 avg300=0.10 total=9\nfull avg10=1.00\n");
    write("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "powersave\n");
    write("sys/devices/system/cpu/intel_pstate/no_turbo", "0\n");
    write("sys/kernel/mm/damon/admin/kdamonds/0/state", "on\n");
    write("sys/kernel/mm/transparent_hugepage/enabled", "[always] madvise never\n");
    write("proc/self/status", "Name:\tjava\nTracerPid:\t4242\n");
    Map<String, MachineCheck> checks = run(3.0, List.of(), 1);
    for (String name :
        List.of(
            "load",
            "cpu-governor",
            "turbo",
            "cpu-pressure",
            "memory-pressure",
            "damon",
            "transparent-huge-pages",
            "debugger")) {
      MachineCheck c = checks.get(name);
      assertThat(c.status()).as(name).isEqualTo(Status.WARNING);
      assertThat(c.reason()).as(name).isNotBlank();
      assertThat(c.fix()).as(name).isNotBlank();
    }
    assertThat(checks.get("debugger").value()).contains("4242");
    assertThat(checks.get("damon").value()).contains("kdamond 0 on");
    assertThat(checks.get("cpu-pressure").value()).contains("25.00");
  }

  @Test
  void agentInTheJvmArguments_isADebuggerWarning() {
    MachineCheck c =
        new MachinePreflight(root, 2, 0, List.of("-agentlib:jdwp=transport=dt_socket"), QUIET, 1)
            .debugger();
    assertThat(c.status()).isEqualTo(Status.WARNING);
    assertThat(c.value()).startsWith("-agentlib:jdwp");
  }

  @Test
  void steal_growingDuringTheSample_isMeasuredAsAShareOfTheInterval() throws Exception {
    write("proc/stat", "cpu  100 0 100 700 0 0 0 100 0 0\n");
    Thread writer =
        new Thread(
            () -> {
              try {
                Thread.sleep(50);
                // +1000 ticks in all, 100 of them stolen: 10%
                Files.writeString(root.resolve("proc/stat"), "cpu  400 0 300 1100 0 0 0 200 0 0\n");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    // The rewrite lands 50 ms into a 2 s sample: a wide margin for a slow machine.
    MachineCheck c = new MachinePreflight(root, 2, 0, List.of(), QUIET, 2_000).steal();
    writer.join();
    assertThat(c.status()).isEqualTo(Status.WARNING);
    assertThat(c.value()).isEqualTo("10.0% of CPU time");
  }

  @Test
  void machineThatExposesNothing_recordsEveryCheckAsNotExposed_notAsAnError() {
    Map<String, MachineCheck> checks = run(-1, List.of(), 1);
    assertThat(checks.get("load").status()).isEqualTo(Status.INFO);
    assertThat(checks.get("cpu-governor").status()).isEqualTo(Status.INFO);
    assertThat(checks.get("steal").status()).isEqualTo(Status.INFO);
    assertThat(checks.get("damon").status()).isEqualTo(Status.INFO);
    assertThat(checks.get("debugger").status()).isEqualTo(Status.OK);
  }

  @Test
  void parsers_readTheKernelsFormats_andRejectGarbage() {
    assertThat(MachinePreflight.cpuTicks("cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 1 1 1\n"))
        .containsExactly(55L, 8L);
    assertThat(MachinePreflight.cpuTicks("cpu  1 x 3\n")).isNull();
    assertThat(MachinePreflight.someAvg10("some avg10=1.25 avg60=0\n")).isEqualTo(1.25);
    assertThat(MachinePreflight.someAvg10("full avg10=1.25\n")).isNull();
    assertThat(BusyProcesses.summarize(List.of("stress (pid 9, 99%)")).status())
        .isEqualTo(Status.WARNING);
  }
}
