/**
 * The bridge to JMH: {@link org.mfn.runner.jmh.JmhDriver} runs the selected benchmarks through
 * JMH's {@code Runner} API, one run per benchmark and parameter set so that Ctrl-C ({@link
 * org.mfn.runner.jmh.StopRequest}) keeps every set that finished, and writes JMH's own JSON, {@link
 * org.mfn.runner.jmh.ProgressOutputFormat} shows progress while JMH's full text goes to a log file,
 * {@link org.mfn.runner.jmh.JmhJsonReader} reads JMH JSON files (from this or any JMH 1.19+ run),
 * and {@link org.mfn.runner.jmh.ResultAssembler} turns them into labelled results with statistics.
 * Single-threaded: one run at a time per JVM (JMH holds a machine-wide lock).
 */
package org.mfn.runner.jmh;
