package org.mfn.bench.dsr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.dsr.EncoderTrainer;
import org.mfn.layers.dsr.SequenceEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of the encoder on a batch: forward, backpropagation through time and the Adam
 * update (the "LSTM training batch of 32 in under 100 ms" claim). A step's floating-point
 * operations are counted by {@link #flopsPerSequence} ({@code flopsPerStep}); GFLOP/s is that count
 * over the measured time (22.8 MFLOP per step of 32).
 *
 * <p>Workload: the {@link TrainedModel}'s 1,000 training flows, batches of {@code batchSize} taken
 * in order; the model keeps training as the benchmark runs (it stays a trained model). MFN only:
 * the training step has no traditional counterpart in the claim. FLOPs per sequence: forward 2 per
 * multiply-add of the LSTM's {@code 4H x (in + H)} and the projection's {@code D x H}, backward
 * twice that (input and parameter gradients).
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include LstmTrainingBenchmark}, or
 * {@code main}.
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
public class LstmTrainingBenchmark {
  /** Sequences per training step. */
  @Param({"32"})
  public int batchSize;

  TrainedModel model;
  EncoderTrainer trainer;
  int[] batch;
  int start;
  long flopsPerStep;

  /** Trains the model and counts a step's FLOPs. */
  @Setup(Level.Trial)
  public void setUp() {
    model = new TrainedModel(256);
    trainer = model.trainer;
    batch = new int[batchSize];
    flopsPerStep = batchSize * flopsPerSequence(model.encoder, TrainedModel.STEPS);
  }

  /** Forward and backward FLOPs of one sequence (multiply-adds count 2). */
  static long flopsPerSequence(SequenceEncoder e, int steps) {
    long lstm = 2L * 4 * e.hidden() * (4 + e.hidden()) * steps;
    long projection = 2L * e.dimensions() * e.hidden();
    return 3 * (lstm + projection);
  }

  /** Ours: one step on the next batch. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.lstm-training",
      role = Role.MFN,
      implementation = "EncoderTrainer.step (LSTM 4->32, projection to 256, Adam)")
  public float trainBatch() {
    int n = model.training.count();
    for (int i = 0; i < batchSize; i++) {
      batch[i] = (start + i) % n;
    }
    start = (start + batchSize) % n;
    return trainer.step(model.training, batch);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(LstmTrainingBenchmark.class, args);
  }
}
