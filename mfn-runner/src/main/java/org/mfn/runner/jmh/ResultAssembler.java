package org.mfn.runner.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mfn.core.model.Layer;
import org.mfn.core.model.MetricUnits;
import org.mfn.core.model.Role;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.MetricResult;
import org.mfn.core.stats.SampleSummarizer;
import org.mfn.core.stats.Statistics;
import org.mfn.runner.plan.BenchmarkCatalog;
import org.mfn.runner.plan.BenchmarkInfo;

/**
 * Turns JMH records into labelled {@link BenchmarkResult}s with statistics.
 *
 * <p>Labels come from the {@link BenchmarkCatalog}; a benchmark not in it (a file from another
 * build) is labelled by its package ({@code org.mfn.bench.<layer>}) with role MFN when possible.
 * Non-finite samples (JMH writes NaN for failed iterations) are left out of samples and statistics.
 * Derived metrics: {@code hitRate} (percent) from the {@code hits} and {@code misses} auxiliary
 * counters, per iteration. Distribution percentiles are kept for JMH's sample mode only. Stateless
 * apart from its configuration; thread-safe.
 */
public final class ResultAssembler {
  /** Name of the derived hit-rate metric. */
  public static final String HIT_RATE = "hitRate";

  private final BenchmarkCatalog catalog;
  private final SampleSummarizer summarizer;

  /**
   * Creates an assembler.
   *
   * @param catalog labels of the benchmarks in this jar
   * @param summarizer statistics settings, or null for results without statistics (samples only, as
   *     a comparison needs)
   */
  public ResultAssembler(BenchmarkCatalog catalog, SampleSummarizer summarizer) {
    this.catalog = catalog;
    this.summarizer = summarizer;
  }

  /**
   * Assembles every record that has at least one finite primary sample.
   *
   * @param records JMH records
   * @return the results, in record order
   */
  public List<BenchmarkResult> assemble(List<JmhRecord> records) {
    List<BenchmarkResult> results = new ArrayList<>();
    for (JmhRecord r : records) {
      Optional<BenchmarkResult> result = assemble(r);
      result.ifPresent(results::add);
    }
    return results;
  }

  /**
   * Assembles every record for a comparison: those without a finite primary sample (JMH writes NaN
   * when every iteration of a benchmark failed) are kept as results with no samples and no
   * statistics, so that the comparison can show them as FAILED instead of losing them.
   *
   * @param records JMH records
   * @return the results, in record order
   */
  public List<BenchmarkResult> assembleKeepingFailures(List<JmhRecord> records) {
    List<BenchmarkResult> results = new ArrayList<>();
    for (JmhRecord r : records) {
      results.add(assemble(r).orElseGet(() -> failed(r)));
    }
    return results;
  }

  private BenchmarkResult failed(JmhRecord r) {
    return labelled(r, new MetricResult(r.primary().unit(), List.of(), null, null), Map.of());
  }

  /** The result of a record, labelled from the catalog (or by its package when not in it). */
  private BenchmarkResult labelled(
      JmhRecord r, MetricResult primary, Map<String, MetricResult> secondary) {
    Optional<BenchmarkInfo> info = catalog.find(r.benchmark());
    return new BenchmarkResult(
        r.benchmark(),
        r.params(),
        info.map(BenchmarkInfo::layer).orElseGet(() -> layerFromPackage(r.benchmark())),
        info.map(BenchmarkInfo::subject).orElse(null),
        info.map(BenchmarkInfo::role).orElse(Role.MFN),
        info.map(BenchmarkInfo::implementation).orElse(null),
        r.mode(),
        r.threads(),
        primary.samples().size(),
        primary,
        secondary,
        r.jvmArgs());
  }

  private Optional<BenchmarkResult> assemble(JmhRecord r) {
    long seed = (r.benchmark() + r.params()).hashCode();
    MetricResult primary = metric(r.primary(), seed, "sample".equals(r.mode()));
    if (primary == null) {
      return Optional.empty();
    }
    Map<String, MetricResult> secondary = new LinkedHashMap<>();
    r.secondary()
        .forEach(
            (name, m) -> {
              MetricResult converted =
                  metric(withCounterUnit(name, m), seed + name.hashCode(), false);
              if (converted != null) {
                secondary.put(name, converted);
              }
            });
    hitRate(r, seed).ifPresent(m -> secondary.put(HIT_RATE, m));
    JmhMetric retained = r.secondary().get(MemoryProfiler.RETAINED);
    if (retained != null) {
      MemoryFigures.leakMetrics(retained)
          .forEach(
              (name, m) -> {
                MetricResult derived = metric(m, seed + name.hashCode(), false);
                if (derived != null) {
                  secondary.put(name, derived);
                }
              });
    }
    return Optional.of(labelled(r, primary, secondary));
  }

  /**
   * Gives auxiliary counters (JMH's unit {@code #}) a unit by the suffix of their name: {@code
   * ...Bytes} are bytes, {@code ...Nanos} nanoseconds, {@code ...Flows} flows.
   */
  static JmhMetric withCounterUnit(String name, JmhMetric m) {
    if (name.endsWith("Bits") && m.unit().startsWith("ops/")) {
      return bitRate(m);
    }
    if (!"#".equals(m.unit())) {
      return m;
    }
    String unit =
        name.endsWith("Bytes")
            ? "B"
            : name.endsWith("Nanos") ? "ns" : name.endsWith("Flows") ? "flows" : m.unit();
    return new JmhMetric(unit, m.rawData(), m.percentiles(), m.weights());
  }

  /**
   * Reads an operations counter of bits ({@code ...Bits}, JMH unit {@code ops/s}, {@code ops/ms}
   * ...) as a bit rate in bits per second.
   */
  private static JmhMetric bitRate(JmhMetric m) {
    double perSecond = 1 / MetricUnits.convert(1, m.unit().substring(4), "s");
    List<List<Double>> scaled = new ArrayList<>();
    for (List<Double> fork : m.rawData()) {
      List<Double> f = new ArrayList<>(fork.size());
      for (Double v : fork) {
        f.add(v == null ? null : v * perSecond);
      }
      scaled.add(f);
    }
    return new JmhMetric("bps", scaled, Map.of(), null);
  }

  private MetricResult metric(JmhMetric m, long seed, boolean withPercentiles) {
    List<List<Double>> samples = finite(m.rawData());
    if (samples.isEmpty()) {
      return null;
    }
    // Sample mode: each iteration's value is its histogram's mean, weighted by its sample count
    // so that the mean agrees with JMH's score. (Kept only when every value is finite, so the
    // shapes match.)
    List<List<Double>> weights =
        m.weights() != null && samples.equals(m.rawData()) ? m.weights() : null;
    if (summarizer == null) { // a comparison reads samples only: no resampling cost
      return new MetricResult(m.unit(), samples, null, null, weights);
    }
    Statistics stats =
        summarizer.summarize(toArray(samples), weights == null ? null : toArray(weights), seed);
    if (withPercentiles && !m.percentiles().isEmpty()) {
      Map<String, Double> p = new LinkedHashMap<>();
      for (double q : new double[] {50.0, 90.0, 99.0, 99.9}) {
        Double v = m.percentiles().get(q);
        if (v != null && Double.isFinite(v)) {
          p.put("p" + (q == Math.rint(q) ? Integer.toString((int) q) : Double.toString(q)), v);
        }
      }
      stats = stats.withPercentiles(p);
    }
    return new MetricResult(m.unit(), samples, stats, null, weights);
  }

  private Optional<MetricResult> hitRate(JmhRecord r, long seed) {
    JmhMetric hits = r.secondary().get("hits");
    JmhMetric misses = r.secondary().get("misses");
    if (hits == null || misses == null || hits.rawData().size() != misses.rawData().size()) {
      return Optional.empty();
    }
    List<List<Double>> rates = new ArrayList<>();
    for (int f = 0; f < hits.rawData().size(); f++) {
      List<Double> h = hits.rawData().get(f);
      List<Double> m = misses.rawData().get(f);
      List<Double> fork = new ArrayList<>();
      for (int i = 0; i < Math.min(h.size(), m.size()); i++) {
        double total = h.get(i) + m.get(i);
        if (total > 0) {
          fork.add(100 * h.get(i) / total);
        }
      }
      rates.add(fork);
    }
    return Optional.ofNullable(metric(new JmhMetric("%", rates, Map.of()), seed + 1, false));
  }

  private static List<List<Double>> finite(List<List<Double>> raw) {
    List<List<Double>> result = new ArrayList<>();
    for (List<Double> fork : raw) {
      List<Double> kept = fork.stream().filter(Double::isFinite).toList();
      if (!kept.isEmpty()) {
        result.add(kept);
      }
    }
    return result;
  }

  private static double[][] toArray(List<List<Double>> samples) {
    return samples.stream()
        .map(f -> f.stream().mapToDouble(Double::doubleValue).toArray())
        .toArray(double[][]::new);
  }

  private static Layer layerFromPackage(String benchmark) {
    String[] parts = benchmark.split("\\.");
    for (String part : parts) {
      Optional<Layer> layer = Layer.byName(part);
      if (layer.isPresent()) {
        return layer.get();
      }
    }
    return null;
  }
}
