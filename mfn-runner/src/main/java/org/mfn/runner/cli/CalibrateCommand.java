package org.mfn.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mfn.core.regression.ComparisonSettings;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.ab.Calibration;
import org.mfn.runner.plan.RunPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate}: an A/A comparison of one build against itself, to measure this machine's noise
 * per benchmark and the smallest change {@code ab} can detect; written to {@code
 * OUTPUT/calibration.json}.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs an A/A comparison (one build as both OLD and NEW) and stores each benchmark's"
          + " round-to-round spread and minimum detectable effect in OUTPUT/calibration.json.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:calibrated", "1:a fork failed", "2:usage error", "130:interrupted"})
public final class CalibrateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "JAR",
      description = "The build to calibrate with (default: this runner's jar).")
  private Path jar;

  @Mixin private AbOptions options = new AbOptions();

  @Mixin private ComparisonOptions comparison = new ComparisonOptions();

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() throws Exception {
    Path build = jar != null ? jar : thisJar();
    if (!Files.isRegularFile(build)) {
      throw new ParameterException(spec.commandLine(), "no such jar: " + build);
    }
    RunPlan plan = options.plan(spec, comparison.confidence());
    ComparisonSettings settings = comparison.settings(spec, comparison.confidence());
    int[] code = {ExitCodes.OK};
    int exit =
        AbCommand.runAndReport(
            spec,
            plan,
            build,
            build,
            options,
            settings,
            true,
            "A/A calibration in randomized ABBA blocks",
            false,
            result -> {
              Calibration c = Calibration.of(result.outcome().pairs(), result.outcome().rounds());
              c.write(plan.output().directory());
              spec.commandLine()
                  .getOut()
                  .println(
                      "Calibration of "
                          + c.spread().size()
                          + " parameter set(s) written to "
                          + plan.output().directory().resolve(Calibration.FILE_NAME));
            });
    return exit == 130 ? exit : code[0];
  }

  static Path thisJar() throws Exception {
    return Path.of(
        CalibrateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
