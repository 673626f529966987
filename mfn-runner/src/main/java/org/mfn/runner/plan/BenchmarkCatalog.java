package org.mfn.runner.plan;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.Measures;
import org.mfn.core.result.RunLength;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark compiled into the jar ({@code META-INF/BenchmarkList}), labelled from its {@link
 * Measures} annotation. Immutable once loaded.
 */
public final class BenchmarkCatalog {
  private final Map<String, BenchmarkInfo> byName;

  private BenchmarkCatalog(Map<String, BenchmarkInfo> byName) {
    this.byName = byName;
  }

  /**
   * Loads the catalog from the class path.
   *
   * @return the catalog
   * @throws IllegalStateException if the benchmark list is missing, or a benchmark lacks {@link
   *     Measures}
   */
  public static BenchmarkCatalog load() {
    try (InputStream in =
        BenchmarkCatalog.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
      if (in == null) {
        throw new IllegalStateException(
            "no "
                + BenchmarkList.BENCHMARK_LIST
                + " on the class path: was mfn-bench built with the JMH annotation processor?");
      }
      // Parse line by line: the shaded jar's appended list may hold blank lines, which
      // BenchmarkList.readBenchmarkList rejects.
      List<BenchmarkListEntry> entries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(new BenchmarkListEntry(line.trim()));
        }
      }
      return of(entries);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the benchmark list: " + e.getMessage(), e);
    }
  }

  static BenchmarkCatalog of(List<BenchmarkListEntry> entries) {
    Map<String, BenchmarkInfo> byName = new TreeMap<>();
    for (BenchmarkListEntry entry : entries) {
      String name = entry.getUsername();
      if (!byName.containsKey(name)) {
        byName.put(name, describe(entry));
      }
    }
    return new BenchmarkCatalog(byName);
  }

  private static BenchmarkInfo describe(BenchmarkListEntry entry) {
    String name = entry.getUsername();
    String methodName = name.substring(name.lastIndexOf('.') + 1);
    Measures measures =
        findAnnotation(entry.getUserClassQName(), methodName)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "benchmark " + name + " has no @Measures annotation"));
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (entry.getParams().hasValue()) {
      entry.getParams().get().forEach((k, v) -> params.put(k, List.of(v)));
    }
    boolean singleShot = entry.getMode() == Mode.SingleShotTime;
    return new BenchmarkInfo(
        name,
        measures.layer(),
        measures.subject(),
        measures.role(),
        measures.implementation(),
        params,
        List.of(measures.alsoCompare()),
        ownRunLength(entry, singleShot),
        singleShot,
        List.copyOf(entry.getJvmArgsAppend().orElse(List.of())));
  }

  /** The class's annotations, with JMH's own defaults (Defaults) where an annotation is absent. */
  static RunLength ownRunLength(BenchmarkListEntry entry, boolean singleShot) {
    return new RunLength(
        entry.getForks().orElse(Defaults.MEASUREMENT_FORKS),
        entry
            .getWarmupIterations()
            .orElse(
                singleShot ? Defaults.WARMUP_ITERATIONS_SINGLESHOT : Defaults.WARMUP_ITERATIONS),
        seconds(entry.getWarmupTime().orElse(Defaults.WARMUP_TIME)),
        entry
            .getMeasurementIterations()
            .orElse(
                singleShot
                    ? Defaults.MEASUREMENT_ITERATIONS_SINGLESHOT
                    : Defaults.MEASUREMENT_ITERATIONS),
        seconds(entry.getMeasurementTime().orElse(Defaults.MEASUREMENT_TIME)));
  }

  private static double seconds(TimeValue time) {
    return time.convertTo(TimeUnit.NANOSECONDS) / 1e9;
  }

  private static Optional<Measures> findAnnotation(String className, String methodName) {
    try {
      Class<?> type = Class.forName(className, false, BenchmarkCatalog.class.getClassLoader());
      return Arrays.stream(type.getMethods())
          .filter(m -> m.getName().equals(methodName))
          .map((Method m) -> m.getAnnotation(Measures.class))
          .filter(Objects::nonNull)
          .findFirst();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "benchmark class " + className + " is listed but not on the class path", e);
    }
  }

  /** Returns every benchmark, sorted by name. */
  public List<BenchmarkInfo> all() {
    return new ArrayList<>(byName.values());
  }

  /**
   * Finds a benchmark.
   *
   * @param name fully qualified benchmark name
   * @return its labels, or empty
   */
  public Optional<BenchmarkInfo> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
