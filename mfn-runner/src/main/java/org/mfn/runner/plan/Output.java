package org.mfn.runner.plan;

import java.nio.file.Path;

/**
 * Where a run's files go and what the run reports.
 *
 * @param directory the directory under which the run directory is created
 * @param report whether to print the full result and comparison tables (and write every report)
 * @param failOnTarget whether a failed claim makes the exit code 4
 */
public record Output(Path directory, boolean report, boolean failOnTarget) {}
