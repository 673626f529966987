package org.mfn.core.history;

/**
 * A shift in a benchmark's level between two runs of its history.
 *
 * @param index the position in the series of the first run after the shift (at least 1)
 * @param before the typical value before it (geometric mean of the segment before), in the series'
 *     unit
 * @param after the typical value after it (geometric mean of the segment after)
 * @param changePercent {@code 100 * (after / before - 1)}
 */
public record ChangePoint(int index, double before, double after, double changePercent) {}
