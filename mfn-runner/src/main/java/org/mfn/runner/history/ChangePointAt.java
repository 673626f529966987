package org.mfn.runner.history;

/**
 * A change point of a benchmark's history, attributed to runs and commits: the level shifted
 * between the last run before it ("last good") and the first run after it, so the change came with
 * the commits between theirs ({@code git log lastGoodCommit..firstChangedCommit}).
 *
 * @param firstChangedRunId the first run at the new level
 * @param firstChangedStarted when it started, ISO-8601
 * @param firstChangedCommit its commit, or null when unknown
 * @param lastGoodRunId the last run at the old level
 * @param lastGoodCommit its commit, or null when unknown
 * @param before the level before, in the benchmark's unit (geometric mean of the segment)
 * @param after the level after
 * @param changePercent {@code 100 * (after / before - 1)}
 * @param unit the benchmark's unit
 */
public record ChangePointAt(
    long firstChangedRunId,
    String firstChangedStarted,
    String firstChangedCommit,
    long lastGoodRunId,
    String lastGoodCommit,
    double before,
    double after,
    double changePercent,
    String unit) {}
