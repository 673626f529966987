package org.mfn.runner.history;

/**
 * One benchmark's result in one run.
 *
 * @param runId the run
 * @param started the run's start time, ISO-8601
 * @param benchmark the benchmark's full name
 * @param params its parameters as stored ({@link HistoryStore#paramsText})
 * @param unit the primary metric's unit
 * @param mean the mean, or null when the benchmark produced no sample
 * @param ciLower lower bound of its confidence interval, or null
 * @param ciUpper upper bound, or null
 * @param samples samples behind the mean
 * @param role MFN, BASELINE, PEER or HARNESS
 * @param commit the git commit the run was built from, or null when unknown
 */
public record HistoryPoint(
    long runId,
    String started,
    String benchmark,
    String params,
    String unit,
    Double mean,
    Double ciLower,
    Double ciUpper,
    int samples,
    String role,
    String commit) {}
