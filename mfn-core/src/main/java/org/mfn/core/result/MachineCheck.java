package org.mfn.core.result;

/**
 * One check of the machine before a run (the preflight): what was looked at, what it showed, and,
 * for a warning, why it matters to the measurements and how to fix it.
 *
 * @param name what was checked, e.g. {@code cpu-governor}
 * @param status OK, WARNING (the numbers may suffer), or INFO (recorded, not judged; e.g. not
 *     exposed on this machine)
 * @param value what the machine showed, e.g. {@code powersave}
 * @param reason why it matters, or null when OK
 * @param fix what to do about it, or null when OK
 */
public record MachineCheck(String name, Status status, String value, String reason, String fix) {
  /** The outcome of a check. */
  public enum Status {
    /** Nothing to worry about. */
    OK,
    /** The measurements may suffer; {@code --strict-machine} refuses to run. */
    WARNING,
    /** Recorded for the reader; not judged. */
    INFO
  }

  /** An OK check. */
  public static MachineCheck ok(String name, String value) {
    return new MachineCheck(name, Status.OK, value, null, null);
  }

  /** A recorded, unjudged check. */
  public static MachineCheck info(String name, String value, String reason) {
    return new MachineCheck(name, Status.INFO, value, reason, null);
  }

  /** A warning with its reason and fix. */
  public static MachineCheck warning(String name, String value, String reason, String fix) {
    return new MachineCheck(name, Status.WARNING, value, reason, fix);
  }

  /** One line for a console or a report. */
  public String describe() {
    return status
        + " "
        + name
        + ": "
        + value
        + (reason == null ? "" : " (" + reason + ")")
        + (fix == null ? "" : "; fix: " + fix);
  }
}
