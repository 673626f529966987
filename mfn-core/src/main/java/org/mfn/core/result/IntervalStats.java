package org.mfn.core.result;

/**
 * One interval of a round's timeline.
 *
 * @param startSeconds when it began, seconds after the round's recorded period began
 * @param operations operations whose (intended) start fell in it
 * @param throughputPerSecond those operations per second
 * @param meanMicros their mean latency (corrected), microseconds; NaN when there were none
 * @param p99Micros their 99th percentile latency (corrected), microseconds; NaN when there were
 *     none
 */
public record IntervalStats(
    double startSeconds,
    long operations,
    double throughputPerSecond,
    Double meanMicros,
    Double p99Micros) {}
