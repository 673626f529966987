package org.mfn.runner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mfn.core.model.Layer;
import org.mfn.core.stats.HierarchicalBootstrap;
import org.mfn.runner.plan.Analysis;
import org.mfn.runner.plan.ForkJvm;
import org.mfn.runner.plan.JmhSettings;
import org.mfn.runner.plan.Output;
import org.mfn.runner.plan.ParameterScope;
import org.mfn.runner.plan.Profile;
import org.mfn.runner.plan.RunLengthOverride;
import org.mfn.runner.plan.RunPlan;
import org.mfn.runner.plan.Selection;
import org.mfn.runner.run.ForkJvmCheck;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The selection and schedule options of {@code ab} and {@code calibrate}. */
public final class AbOptions {
  @Option(
      names = "--include",
      paramLabel = "REGEX",
      description = "Only benchmarks whose name matches (repeatable).")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--layers",
      split = ",",
      paramLabel = "LAYER",
      description = "Layers to compare (ifr, dsr, alm, cpe, integration).")
  List<String> layerNames = new ArrayList<>();

  @Option(names = "--baseline", description = "Also compare the baseline benchmarks.")
  boolean baseline;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "quick",
      description =
          "Warm-up and measurement of each fork: smoke, quick, standard, thorough (default:"
              + " ${DEFAULT-VALUE}; its fork count is replaced by the rounds).")
  Profile profile;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "6",
      description =
          "Rounds, each one fork of each build per parameter set (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the randomized order (default: drawn and printed).")
  Long seed;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "mfn-results",
      description =
          "Directory for the run directory and calibration.json (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--report", description = "Also write every report file of the comparison.")
  boolean report;

  @Option(
      names = "--parameter-sets",
      paramLabel = "SCOPE",
      description = ParameterScope.OPTION_DESCRIPTION)
  String parameterSets;

  @Mixin ForkJvmOptions forkJvmOptions = new ForkJvmOptions();

  /** Checks the options and builds the plan. */
  RunPlan plan(CommandSpec spec, double level) {
    if (rounds < 2) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 2: " + rounds);
    }
    if (includes.isEmpty() && layerNames.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "choose what to compare: --include REGEX or --layers LIST");
    }
    Set<Layer> layers = new LinkedHashSet<>();
    for (String name : layerNames) {
      layers.add(
          Layer.byName(name)
              .orElseThrow(
                  () ->
                      new ParameterException(spec.commandLine(), "unknown layer '" + name + "'")));
    }
    ForkJvm forkJvm = forkJvmOptions.forkJvm(spec);
    ForkJvmCheck.check(forkJvm.appendTo(List.of()), "--memory-limit/--jvm-args");
    List<Layer> selected = layers.isEmpty() ? Arrays.asList(Layer.values()) : List.copyOf(layers);
    return new RunPlan(
        new Selection(selected, includes, baseline, List.of(), false, parameterScope(spec)),
        new JmhSettings(
            new RunLengthOverride(profile, 1, null, null, null), false, null, forkJvm, null),
        new Analysis(level, HierarchicalBootstrap.DEFAULT_RESAMPLES),
        new Output(output, report, false));
  }

  private ParameterScope parameterScope(CommandSpec spec) {
    if (parameterSets == null) {
      return null;
    }
    return ParameterScope.byName(parameterSets)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "--parameter-sets must be claims or all: '" + parameterSets + "'"));
  }

  /** The seed: the given one, or one drawn from the clock. */
  long seed() {
    return seed != null ? seed : System.nanoTime() & 0xFFFFFFFL;
  }
}
