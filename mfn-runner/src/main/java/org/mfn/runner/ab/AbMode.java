package org.mfn.runner.ab;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mfn.core.result.MachineCheck;

/**
 * Chooses how an A/B comparison runs its forks. Measured on the 2-core machine (README): on a quiet
 * machine duet mode gives the narrowest intervals (a real 5% change found in every quiet trial,
 * intervals about +-1%), but when anything else competes for the CPUs its two pinned forks feel it
 * unequally and its estimates go astray, while interleaved forks stay usable. So {@code auto}, the
 * default, runs duet when the machine preflight finds nothing competing for the CPUs (load, busy
 * processes, CPU pressure, steal) and there are two CPUs and {@code taskset} to pin to; interleaved
 * otherwise.
 */
public final class AbMode {
  /** The checks whose warning means something competes for the CPUs. */
  static final Set<String> CPU_COMPETITION =
      Set.of("load", "busy-processes", "cpu-pressure", "steal");

  /**
   * What was chosen.
   *
   * @param duet whether the forks of a round run at once, pinned
   * @param reason why, one line
   */
  public record Choice(boolean duet, String reason) {}

  private AbMode() {}

  /**
   * Chooses.
   *
   * @param requested {@code auto}, {@code duet} or {@code interleaved}
   * @param checks the machine preflight (only read for {@code auto})
   * @param cpus the CPUs this process may use
   * @param taskset whether {@code taskset} is available
   * @return the choice
   * @throws IllegalArgumentException naming an unknown mode, or duet where it cannot run
   */
  public static Choice choose(
      String requested, List<MachineCheck> checks, int cpus, boolean taskset) {
    switch (requested) {
      case "interleaved" -> {
        return new Choice(false, "interleaved, as asked");
      }
      case "duet" -> {
        if (cpus < 2 || !taskset) {
          throw new IllegalArgumentException(
              "--mode duet needs two CPUs and taskset: "
                  + cpus
                  + " CPU(s)"
                  + (taskset ? "" : ", no taskset"));
        }
        return new Choice(true, "duet, as asked");
      }
      case "auto" -> {
        if (cpus < 2 || !taskset) {
          return new Choice(
              false, "interleaved: duet needs two CPUs and taskset (" + cpus + " CPU(s))");
        }
        String competing =
            checks.stream()
                .filter(c -> c.status() == MachineCheck.Status.WARNING)
                .filter(c -> CPU_COMPETITION.contains(c.name()))
                .map(c -> c.name() + " " + c.value())
                .collect(Collectors.joining(", "));
        return competing.isEmpty()
            ? new Choice(true, "duet: nothing competes for the CPUs (machine preflight)")
            : new Choice(
                false,
                "interleaved: other work competes for the CPUs ("
                    + competing
                    + "), which duet's pinned forks would feel unequally");
      }
      default ->
          throw new IllegalArgumentException(
              "--mode must be auto, interleaved or duet: '" + requested + "'");
    }
  }
}
