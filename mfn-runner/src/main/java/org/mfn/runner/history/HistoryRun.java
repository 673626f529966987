package org.mfn.runner.history;

/**
 * One run in the history.
 *
 * @param id the run's id, increasing with time
 * @param started start time, ISO-8601
 * @param ended end time, ISO-8601, or null
 * @param host the machine's name
 * @param gitCommit the runner's commit, or null
 * @param profile the run-length profile ({@code annotations} for the classes' own)
 * @param jdk the JDK version
 * @param cpu the CPU model
 * @param cores logical processors
 * @param directory the run directory's name, or null
 * @param results benchmark results stored
 * @param failedClaims judged claims that failed
 */
public record HistoryRun(
    long id,
    String started,
    String ended,
    String host,
    String gitCommit,
    String profile,
    String jdk,
    String cpu,
    int cores,
    String directory,
    int results,
    int failedClaims) {}
