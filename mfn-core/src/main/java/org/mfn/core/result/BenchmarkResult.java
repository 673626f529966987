package org.mfn.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;

/**
 * One benchmark method under one parameter set: identity, role, primary metric and secondary
 * metrics.
 *
 * @param benchmark fully qualified JMH benchmark name ({@code org.mfn.bench.ifr.X.method})
 * @param params JMH parameters, sorted by name (empty when none)
 * @param layer the layer measured
 * @param subject what is measured, shared by the MFN, baseline and peer of one comparison ({@code
 *     ifr.lookup.hit})
 * @param role MFN, BASELINE or PEER
 * @param implementation short label of the implementation ({@code RobinHoodFlowTable})
 * @param mode JMH mode ({@code avgt}, {@code thrpt}, {@code sample}, {@code ss})
 * @param threads benchmark threads
 * @param forks forks that produced samples
 * @param primary the primary score
 * @param secondary secondary metrics by name (may be empty)
 * @param jvmArgs the arguments the forked JVMs ran with (heap, collector, the user's), or null
 *     where unknown (results written before they were recorded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkResult(
    String benchmark,
    Map<String, String> params,
    Layer layer,
    String subject,
    Role role,
    String implementation,
    String mode,
    int threads,
    int forks,
    MetricResult primary,
    Map<String, MetricResult> secondary,
    List<String> jvmArgs) {

  /** Normalises the maps so that equal results compare and print equally. */
  public BenchmarkResult {
    params = params == null ? Map.of() : new TreeMap<>(params);
    secondary = secondary == null ? Map.of() : new TreeMap<>(secondary);
    jvmArgs = jvmArgs == null ? null : List.copyOf(jvmArgs);
  }

  /** A result whose forks' JVM arguments are not known. */
  public BenchmarkResult(
      String benchmark,
      Map<String, String> params,
      Layer layer,
      String subject,
      Role role,
      String implementation,
      String mode,
      int threads,
      int forks,
      MetricResult primary,
      Map<String, MetricResult> secondary) {
    this(
        benchmark,
        params,
        layer,
        subject,
        role,
        implementation,
        mode,
        threads,
        forks,
        primary,
        secondary,
        null);
  }

  /** Returns the identity of this result: benchmark name and parameters. */
  @JsonIgnore
  public String id() {
    if (params.isEmpty()) {
      return benchmark;
    }
    StringBuilder sb = new StringBuilder(benchmark).append('{');
    params.forEach(
        (k, v) ->
            sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ",")
                .append(k)
                .append('=')
                .append(v));
    return sb.append('}').toString();
  }

  /** Returns the short method name, e.g. {@code robinHoodHit}. */
  @JsonIgnore
  public String methodName() {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /**
   * Returns a metric by name: {@code score} for the primary, otherwise a secondary.
   *
   * @param name metric name
   * @return the metric, or null if absent
   */
  public MetricResult metric(String name) {
    return "score".equals(name) ? primary : secondary.get(name);
  }

  /**
   * Tells whether every given parameter has the given value here.
   *
   * @param wanted parameters that must match (others are ignored)
   * @return true if all match
   */
  public boolean hasParams(Map<String, String> wanted) {
    return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
  }
}
