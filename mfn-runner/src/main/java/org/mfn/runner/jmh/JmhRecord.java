package org.mfn.runner.jmh;

import java.util.List;
import java.util.Map;

/**
 * One benchmark x parameter set of a JMH JSON file.
 *
 * @param benchmark fully qualified benchmark name
 * @param mode JMH mode short name ({@code avgt}, {@code thrpt}, {@code sample}, {@code ss})
 * @param threads threads
 * @param forks forks
 * @param params parameters (empty when none)
 * @param primary the primary metric
 * @param secondary secondary metrics by name, without JMH's old "·" prefix
 * @param jvmArgs the arguments of the forked JVMs (empty when the file does not say)
 */
public record JmhRecord(
    String benchmark,
    String mode,
    int threads,
    int forks,
    Map<String, String> params,
    JmhMetric primary,
    Map<String, JmhMetric> secondary,
    List<String> jvmArgs) {}
