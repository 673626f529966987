package org.mfn.core.history;

/**
 * A benchmark's trend over a window of runs, with a forecast.
 *
 * @param runs the runs in the window
 * @param percentPerRun the median change from one run to the next, percent (Theil-Sen slope of the
 *     logarithms)
 * @param percentPerRunLower the lower bound of its confidence interval, percent per run
 * @param percentPerRunUpper the upper bound, percent per run
 * @param level the interval's confidence level, e.g. 0.95
 * @param horizon how many runs ahead the forecast looks
 * @param forecast the value the trend reaches {@code horizon} runs after the last, in the series'
 *     unit
 * @param forecastLower the lower bound of the forecast's interval (the slope's bounds plus the
 *     runs' scatter about the line)
 * @param forecastUpper its upper bound
 * @param driftPercent the change the trend made over the whole window, percent
 * @param drifting whether the slope's interval excludes zero and the window's change is at least
 *     the threshold given to the estimator: a slow drift
 */
public record Trend(
    int runs,
    double percentPerRun,
    double percentPerRunLower,
    double percentPerRunUpper,
    double level,
    int horizon,
    double forecast,
    double forecastLower,
    double forecastUpper,
    double driftPercent,
    boolean drifting) {}
