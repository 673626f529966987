package org.mfn.runner.alert;

/**
 * The run an alert is about, as receivers see it.
 *
 * @param host the machine
 * @param commit the commit the runner was built from, or null
 * @param profile the run's profile, or null for the classes' own run lengths
 * @param started when it started, ISO-8601, or null
 * @param directory the run directory, or null
 */
public record RunInfo(
    String host, String commit, String profile, String started, String directory) {}
