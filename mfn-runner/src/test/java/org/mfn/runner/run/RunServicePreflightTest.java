package org.mfn.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.model.Layer;
import org.mfn.core.result.MachineCheck;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.plan.Analysis;
import org.mfn.runner.plan.ForkJvm;
import org.mfn.runner.plan.JmhSettings;
import org.mfn.runner.plan.Output;
import org.mfn.runner.plan.Profile;
import org.mfn.runner.plan.RunLengthOverride;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;

class RunServicePreflightTest {
  @TempDir Path dir;

  @Test
  void strictMachine_withAWarning_refusesBeforeRunning_andNamesTheCheck() {
    StringWriter text = new StringWriter();
    RunService service =
        new RunService(new PrintWriter(text, true), "test", false)
            .withPreflight(
                () ->
                    List.of(
                        MachineCheck.ok("load", "0.1 on 2 cores"),
                        MachineCheck.warning("damon", "kdamond 0 on", "reclaim", "stop it")),
                true);
    Path output = dir.resolve("out");
    RunPlan plan =
        new RunPlan(
            new Selection(
                List.of(Layer.IFR), List.of("FlowHashBenchmark.keyed$"), false, List.of()),
            new JmhSettings(
                new RunLengthOverride(Profile.SMOKE, null, null, null, null),
                false,
                null,
                ForkJvm.OWN,
                null),
            new Analysis(0.95, 100),
            new Output(output, false, false));
    assertThatThrownBy(() -> service.run(plan))
        .isInstanceOf(MfnException.class)
        .hasMessageContaining("--strict-machine")
        .hasMessageContaining("damon")
        .satisfies(e -> assertThat(((MfnException) e).exitCode()).isEqualTo(ExitCodes.USAGE));
    assertThat(text.toString()).contains("machine: WARNING damon: kdamond 0 on");
    assertThat(output).doesNotExist();
  }
}
