package org.mfn.runner.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mfn.core.memory.HeapProbe;
import org.mfn.core.memory.MemorySnapshot;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * {@code --memory-profile}: a JMH profiler, run inside each forked JVM, that reports after every
 * measurement iteration the process's memory ({@link MemorySnapshot}): resident set size and its
 * peak, heap used and committed at the end of the iteration, the collections during it (count and
 * time), and the heap retained after full collections ({@link HeapProbe#usedAfterGc()}), whose
 * trend over the iterations the runner reads for leaks ({@link MemoryFigures}).
 *
 * <p>The retained-heap probe collects garbage after the iteration, outside the measured time, but
 * it does change what the next iteration starts from (an empty young generation), as JMH's own
 * {@code -gc true} does; figures from a profiled run are for memory, and its scores are not
 * compared with unprofiled runs. Allocation rate comes from JMH's GC profiler ({@code
 * --gc-profile}, on by default). Results are JMH secondary results named {@code mem.*}.
 */
public final class MemoryProfiler implements InternalProfiler {
  /** The prefix of every result this profiler reports. */
  public static final String PREFIX = "mem.";

  /** Heap retained after full collections at the end of an iteration, bytes. */
  public static final String RETAINED = PREFIX + "heapRetainedBytes";

  private MemorySnapshot before;

  @Override
  public String getDescription() {
    return "MFN Bench memory: RSS, heap, collections and retained heap per iteration";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = MemorySnapshot.take();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    MemorySnapshot after = MemorySnapshot.take();
    List<Result> results = new ArrayList<>();
    if (iteration.getType() != IterationType.MEASUREMENT || before == null) {
      return results;
    }
    results.add(bytes(PREFIX + "rssBytes", after.rssBytes(), AggregationPolicy.AVG));
    results.add(bytes(PREFIX + "rssPeakBytes", after.peakRssBytes(), AggregationPolicy.MAX));
    results.add(bytes(PREFIX + "heapUsedBytes", after.heapUsedBytes(), AggregationPolicy.AVG));
    results.add(
        bytes(PREFIX + "heapCommittedBytes", after.heapCommittedBytes(), AggregationPolicy.AVG));
    results.add(
        new ScalarResult(
            PREFIX + "gcCount", after.gcCount() - before.gcCount(), "#", AggregationPolicy.SUM));
    results.add(
        new ScalarResult(
            PREFIX + "gcTime",
            after.gcTimeMillis() - before.gcTimeMillis(),
            "ms",
            AggregationPolicy.SUM));
    results.add(bytes(RETAINED, HeapProbe.usedAfterGc(), AggregationPolicy.AVG));
    return results;
  }

  private static ScalarResult bytes(String label, long value, AggregationPolicy policy) {
    return new ScalarResult(label, value, "B", policy);
  }
}
