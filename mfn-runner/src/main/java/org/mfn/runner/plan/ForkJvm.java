package org.mfn.runner.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * How the command line changes the arguments of every forked benchmark JVM.
 *
 * <p>JMH replaces a class's {@code @Fork(jvmArgsAppend)} with the options' whenever the options set
 * any, so the runner never passes its own alone: it passes the class's arguments, with the heap
 * flags replaced when {@code --memory-limit} is given, followed by the user's {@code --jvm-args}.
 * HotSpot takes the last of two conflicting flags, so the user's arguments win.
 *
 * @param memoryLimit heap of every fork ({@code -Xms} and {@code -Xmx}, e.g. {@code 1g}), or null
 *     for the class's own
 * @param extraArgs arguments appended to every fork's command line, in order; may be empty
 */
public record ForkJvm(String memoryLimit, List<String> extraArgs) {
  /** The classes' own settings, unchanged. */
  public static final ForkJvm OWN = new ForkJvm(null, List.of());

  /** Copies the list; every argument must be an option (start with '-'). */
  public ForkJvm {
    extraArgs = List.copyOf(extraArgs);
    for (String arg : extraArgs) {
      if (arg.isBlank() || !arg.startsWith("-")) {
        throw new IllegalArgumentException(
            "a JVM argument must be an option starting with '-': '" + arg + "'");
      }
    }
  }

  /** Whether the command line changes nothing. */
  public boolean keepsOwn() {
    return memoryLimit == null && extraArgs.isEmpty();
  }

  /**
   * Returns the arguments to append to a fork's command line.
   *
   * @param own the benchmark class's {@code @Fork(jvmArgsAppend)}, may be empty
   * @return own arguments (heap flags replaced when a memory limit is set), then the extra ones
   */
  public List<String> appendTo(List<String> own) {
    List<String> args = new ArrayList<>();
    for (String arg : own) {
      if (memoryLimit == null || !(arg.startsWith("-Xms") || arg.startsWith("-Xmx"))) {
        args.add(arg);
      }
    }
    if (memoryLimit != null) {
      args.add("-Xms" + memoryLimit);
      args.add("-Xmx" + memoryLimit);
    }
    args.addAll(extraArgs);
    return List.copyOf(args);
  }
}
