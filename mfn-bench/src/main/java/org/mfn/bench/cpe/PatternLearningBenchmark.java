package org.mfn.bench.cpe;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
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
 * One mini-batch of pattern learning: forward, backpropagation through time and the Adam update of
 * the forecaster on 32 windows (the "pattern learning batch under 50 ms" claim).
 *
 * <p>Workload: the {@link TrainedForecaster} keeps learning on its training series; 64 precomputed
 * batches of 32 window ends (seed 5) used in turn. MFN only: a training step has no traditional
 * counterpart in the claim. Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * PatternLearningBenchmark}, or {@code main}.
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
public class PatternLearningBenchmark {
  static final int BATCHES = 64;
  static final int BATCH = 32;

  TrainedForecaster trained;
  long[][] batches;
  int next;

  /** Trains the forecaster and draws the batches. */
  @Setup(Level.Trial)
  public void setUp() {
    trained = new TrainedForecaster(new int[] {1, 5, 20});
    SplittableRandom random = new SplittableRandom(5);
    batches = new long[BATCHES][BATCH];
    int length = TrainedForecaster.LENGTH;
    for (long[] batch : batches) {
      for (int i = 0; i < BATCH; i++) {
        int end = TrainedForecaster.WINDOW + random.nextInt(length - TrainedForecaster.WINDOW - 20);
        batch[i] = (long) random.nextInt(40) * length + end;
      }
    }
  }

  /** Ours: one step. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.pattern-learning",
      role = Role.MFN,
      implementation = "ForecasterTrainer.step (32 windows, Adam)")
  public float trainBatch() {
    return trained.trainer.step(
        trained.training, TrainedForecaster.LENGTH, batches[next++ & (BATCHES - 1)]);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(PatternLearningBenchmark.class, args);
  }
}
