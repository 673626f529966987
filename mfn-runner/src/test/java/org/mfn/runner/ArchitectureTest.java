package org.mfn.runner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's architecture rules, over the main classes of every module (this module sees them
 * all): no package cycle anywhere, the module arrows of DESIGN.md ({@code mfn-core <- mfn-layers <-
 * mfn-bench <- mfn-runner -> mfn-report -> mfn-core}), the core's one-way stack of packages, and
 * JMH only where DESIGN.md allows it. A new package or an import against these fails {@code mvn
 * verify} with the offending classes named.
 */
class ArchitectureTest {
  private static final ArchRule NO_CYCLES =
      slices().matching("org.mfn.(**)").should().beFreeOfCycles();

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mfn");
  }

  @Test
  void everyModuleIsImported() {
    for (String module :
        new String[] {"org.mfn.core", "org.mfn.layers", "org.mfn.bench", "org.mfn.report"}) {
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(module)).count())
          .as(module)
          .isGreaterThan(5);
    }
  }

  @Test
  void noPackageCycles() {
    NO_CYCLES.check(classes);
  }

  @Test
  void theCycleRule_failsOnACycle() {
    JavaClasses cycle = new ClassFileImporter().importPackages("org.mfn.runner.archfixture");
    assertThatThrownBy(() -> NO_CYCLES.check(cycle))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("archfixture.a")
        .hasMessageContaining("archfixture.b");
  }

  @Test
  void modulesDependOnlyAlongDesignsArrows() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("org.mfn.core..")
        .layer("layers")
        .definedBy("org.mfn.layers..")
        .layer("bench")
        .definedBy("org.mfn.bench..")
        .layer("report")
        .definedBy("org.mfn.report..")
        .layer("runner")
        .definedBy("org.mfn.runner..")
        .whereLayer("runner")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("runner")
        .whereLayer("bench")
        .mayOnlyBeAccessedByLayers("runner")
        .whereLayer("layers")
        .mayOnlyBeAccessedByLayers("bench", "runner")
        .check(classes);
  }

  @Test
  void coreIsAOneWayStack() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("run")
        .definedBy("org.mfn.core.run..")
        .layer("target")
        .definedBy("org.mfn.core.target..")
        .layer("regression")
        .definedBy("org.mfn.core.regression..")
        .layer("result")
        .definedBy("org.mfn.core.result..")
        .layer("stats")
        .definedBy("org.mfn.core.stats..")
        .layer("model")
        .definedBy("org.mfn.core.model..")
        .whereLayer("run")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("target")
        .mayOnlyBeAccessedByLayers("run")
        .whereLayer("regression")
        .mayOnlyBeAccessedByLayers("run")
        .whereLayer("result")
        .mayOnlyBeAccessedByLayers("target", "regression", "run")
        .whereLayer("stats")
        .mayOnlyBeAccessedByLayers("result", "target", "regression", "run")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.mfn.core.model..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("org.mfn..")
                .and(
                    DescribedPredicate.not(
                        JavaClass.Predicates.resideInAPackage("org.mfn.core.model.."))))
        .check(classes);
  }

  @Test
  void reportRenderersKnowOnlyTheReportRoot() {
    slices()
        .matching("org.mfn.report.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            DescribedPredicate.describe(
                "the format list", c -> c.getPackageName().equals("org.mfn.report.output")),
            DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  @Test
  void jmhOnlyInBenchAndRunner() {
    noClasses()
        .that()
        .resideInAnyPackage("org.mfn.core..", "org.mfn.layers..", "org.mfn.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.openjdk.jmh..")
        .check(classes);
  }
}
