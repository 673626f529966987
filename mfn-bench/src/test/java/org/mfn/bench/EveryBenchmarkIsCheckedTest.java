package org.mfn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps every benchmark class honest by construction: each class that JMH's annotation processor
 * listed has a {@code main}, {@code @Measures} on every method, and a premise test beside it
 * ({@code <Class>PremiseTest}) that runs every method once and checks what it computes.
 */
class EveryBenchmarkIsCheckedTest {

  private static Set<String> benchmarkClasses() {
    OutputFormat quiet = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    Set<String> classes = new TreeSet<>();
    for (BenchmarkListEntry e : BenchmarkList.defaultList().getAll(quiet, List.of())) {
      classes.add(e.getUserClassQName());
    }
    return classes;
  }

  @Test
  void benchmarkList_isNotEmpty() {
    assertThat(benchmarkClasses()).isNotEmpty();
  }

  @Test
  void everyBenchmarkClass_hasAPremiseTest() {
    for (String name : benchmarkClasses()) {
      assertThat(exists(name + "PremiseTest"))
          .as(name + " needs a premise test: run every method once and check what it computes")
          .isTrue();
    }
  }

  @Test
  void everyBenchmarkClass_hasMainAndMeasuresOnEveryMethod() throws ClassNotFoundException {
    for (String name : benchmarkClasses()) {
      Class<?> type = Class.forName(name);
      assertThat(hasMain(type)).as(name + " has a main that runs it alone").isTrue();
      for (Method m : BenchmarkHarness.benchmarkMethods(type)) {
        assertThat(m.getAnnotation(Measures.class)).as(name + "." + m.getName()).isNotNull();
      }
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static boolean hasMain(Class<?> type) {
    try {
      Method main = type.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
