package org.mfn.bench.dsr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.dsr.AdaptiveLearner;
import org.mfn.layers.dsr.SimilarityCache;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adapting to one newly labelled flow (the "model adaptation under 10 ms" claim): one gradient step
 * of the encoder on it, its embedding added to its prototype, the cache invalidated.
 *
 * <p>Workload: the {@link TrainedModel}; 256 newly labelled flows (seed 6) taken in order, the
 * model adapting as the benchmark runs. MFN only. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include ModelAdaptationBenchmark}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      "-XX:+AlwaysPreTouch",
      "--add-modules=jdk.incubator.vector"
    })
@State(Scope.Benchmark)
public class ModelAdaptationBenchmark {
  static final int FLOWS = 256;

  AdaptiveLearner learner;
  FlowPatternGenerator.Sequences flows;
  int next;

  /** Trains the model and draws the new flows. */
  @Setup(Level.Trial)
  public void setUp() {
    TrainedModel model = new TrainedModel(256);
    learner =
        new AdaptiveLearner(
            model.encoder, model.trainer, model.recognizer, new SimilarityCache(1024, 10));
    flows = FlowPatternGenerator.generate(FLOWS, TrainedModel.STEPS, 6);
  }

  /** Ours: one online update. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.model-adaptation",
      role = Role.MFN,
      implementation = "AdaptiveLearner (gradient step, prototype, cache)")
  public float adapt() {
    return learner.adapt(flows, next++ & (FLOWS - 1));
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(ModelAdaptationBenchmark.class, args);
  }
}
