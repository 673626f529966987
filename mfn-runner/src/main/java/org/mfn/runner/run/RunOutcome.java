package org.mfn.runner.run;

import java.nio.file.Path;
import org.mfn.core.run.RunResult;

/**
 * What a finished run left behind.
 *
 * @param directory the run directory
 * @param result the content of its {@code results.json}
 * @param interrupted whether Ctrl-C ended the run early (the results hold what finished)
 */
public record RunOutcome(Path directory, RunResult result, boolean interrupted) {}
