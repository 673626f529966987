package org.mfn.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mfn.runner.plan.ForkJvm;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that change every benchmark JVM's command line: its heap and extra arguments. */
public final class ForkJvmOptions {
  /** The smallest {@code --memory-limit}, MiB. */
  static final int MIN_MEMORY_MIB = 64;

  @Option(
      names = "--memory-limit",
      paramLabel = "SIZE",
      description =
          "Heap of every benchmark JVM, e.g. 1g or 512m (sets -Xms and -Xmx; default: the"
              + " benchmarks' own).")
  String memoryLimit;

  @Option(
      names = "--jvm-args",
      paramLabel = "ARGS",
      description =
          "Arguments appended to every benchmark JVM's command line, after the class's own "
              + "(e.g. --jvm-args=\"-XX:+UseParallelGC -Xss2m\"; repeatable; the last of two "
              + "conflicting flags wins).")
  List<String> jvmArgs = new ArrayList<>();

  /**
   * Checks the options and returns what they change.
   *
   * @param spec the command, for usage errors
   * @return the heap and extra arguments of every fork
   * @throws ParameterException naming the bad value
   */
  ForkJvm forkJvm(CommandSpec spec) {
    List<String> extra = new ArrayList<>();
    for (String group : jvmArgs) {
      for (String arg : group.trim().split("\\s+")) {
        if (arg.isEmpty()) {
          continue;
        }
        if (!arg.startsWith("-")) {
          throw new ParameterException(
              spec.commandLine(),
              "--jvm-args takes JVM options, each starting with '-' (e.g. -Xss2m): '" + arg + "'");
        }
        extra.add(arg);
      }
    }
    return new ForkJvm(memoryLimit(spec), extra);
  }

  private String memoryLimit(CommandSpec spec) {
    if (memoryLimit == null) {
      return null;
    }
    if (!memoryLimit.matches("[1-9][0-9]*[kKmMgG]")) {
      throw new ParameterException(
          spec.commandLine(),
          "--memory-limit must be a size such as 512m or 2g: '" + memoryLimit + "'");
    }
    long number = Long.parseLong(memoryLimit.substring(0, memoryLimit.length() - 1));
    long mib =
        switch (Character.toLowerCase(memoryLimit.charAt(memoryLimit.length() - 1))) {
          case 'k' -> number / 1024;
          case 'm' -> number;
          default -> number * 1024;
        };
    if (mib < MIN_MEMORY_MIB) {
      throw new ParameterException(
          spec.commandLine(),
          "--memory-limit must be at least "
              + MIN_MEMORY_MIB
              + "m (a benchmark JVM does not start with less): '"
              + memoryLimit
              + "'");
    }
    return memoryLimit.toLowerCase(Locale.ROOT);
  }
}
