package org.mfn.runner.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mfn.core.target.Target;
import org.mfn.core.target.TargetCatalogue;
import org.mfn.core.target.TargetCatalogueReader;

/**
 * The parameter sets a claim-scoped run measures ({@link ParameterScope#CLAIMS}): for each
 * parameter of a benchmark, the values that the claims of its class name (a claim names the
 * benchmark that measures it and, for a ratio, its reference), or else the first value the class
 * lists. Every claim is then measured once, its peers and baselines at the same parameters, and a
 * class with many parameter values runs one representative set instead of all of them.
 *
 * <p>Values given on the command line ({@code --flow-count}) replace both.
 */
public final class ClaimParameters {
  private static volatile ClaimParameters defaults;

  /** Values named by claims, by benchmark class, then by parameter name. */
  private final Map<String, Map<String, Set<String>>> byClass = new LinkedHashMap<>();

  /**
   * Indexes a catalogue's claims.
   *
   * @param catalogue the claims
   */
  public ClaimParameters(TargetCatalogue catalogue) {
    for (Target t : catalogue.targets()) {
      add(t.benchmark(), t.params());
      if (t.reference() != null) {
        add(t.reference(), t.effectiveReferenceParams());
      }
    }
  }

  /** The default catalogue's claims, loaded once. */
  public static ClaimParameters defaults() {
    ClaimParameters d = defaults;
    if (d == null) {
      d = new ClaimParameters(TargetCatalogueReader.loadDefault());
      defaults = d;
    }
    return d;
  }

  private void add(String benchmark, Map<String, String> params) {
    Map<String, Set<String>> values =
        byClass.computeIfAbsent(classOf(benchmark), k -> new LinkedHashMap<>());
    params.forEach((k, v) -> values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
  }

  /**
   * Returns the values each parameter of a benchmark takes in a claim-scoped run.
   *
   * @param benchmark the benchmark
   * @param commandLine values given on the command line, by name
   * @return values by parameter name, for every parameter the benchmark has
   */
  public Map<String, List<String>> valuesFor(
      BenchmarkInfo benchmark, Map<String, List<String>> commandLine) {
    Map<String, Set<String>> claimed = byClass.getOrDefault(classOf(benchmark.name()), Map.of());
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    benchmark
        .params()
        .forEach(
            (name, values) -> {
              if (commandLine.containsKey(name)) {
                chosen.put(name, commandLine.get(name));
              } else if (claimed.containsKey(name)) {
                List<String> named = new ArrayList<>(claimed.get(name));
                named.retainAll(values);
                chosen.put(name, named.isEmpty() ? values.subList(0, 1) : named);
              } else if (!values.isEmpty()) {
                chosen.put(name, values.subList(0, 1));
              }
            });
    return chosen;
  }

  private static String classOf(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    return dot < 0 ? benchmark : benchmark.substring(0, dot);
  }
}
