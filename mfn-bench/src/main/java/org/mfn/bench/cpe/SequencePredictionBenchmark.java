package org.mfn.bench.cpe;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.baseline.NaiveForecasters;
import org.mfn.layers.cpe.SequencePredictor;
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
 * Next-interval prediction of a traffic series (the "LSTM prediction under 2 ms" claim).
 *
 * <p>Workload: the {@link TrainedForecaster}'s model as a next-step predictor (horizon 1 only),
 * trained the same way; windows of the held-out series at 256 places, read in order. MFN: {@link
 * SequencePredictor#predictNext}; BASELINE: the seasonal naive forecast (the value a day before),
 * what a predictor must beat. Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include
 * SequencePredictionBenchmark --baseline}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
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
public class SequencePredictionBenchmark {
  SequencePredictor predictor;
  float[] series;
  int next;

  /** Trains the predictor. */
  @Setup(Level.Trial)
  public void setUp() {
    predictor = new SequencePredictor(TrainedForecaster.WINDOW, 32, 3);
    series = new TrainedForecaster(predictor.model()).heldOut;
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.lstm-prediction",
      role = Role.MFN,
      implementation = "SequencePredictor (LSTM 1->32, 48-hour window)")
  public float predict() {
    return predictor.predictNext(series, TrainedForecaster.end(next++ & 255));
  }

  /** The value a day before the target. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.lstm-prediction",
      role = Role.BASELINE,
      implementation = "seasonal naive (a day before)")
  public float seasonalNaive() {
    return NaiveForecasters.seasonalNaive(series, TrainedForecaster.end(next++ & 255), 1, 24);
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(SequencePredictionBenchmark.class, args);
  }
}
