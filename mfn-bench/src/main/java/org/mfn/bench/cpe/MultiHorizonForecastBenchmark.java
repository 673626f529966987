package org.mfn.bench.cpe;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.baseline.NaiveForecasters;
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
 * Forecasts at horizons 1, 5 and 20 in one pass (the "multi-horizon forecast under 5 ms" claim).
 *
 * <p>Workload: the {@link TrainedForecaster}; held-out windows at 256 places, read in order. MFN:
 * {@link org.mfn.layers.cpe.MultiHorizonForecaster#forecast} (direct: one LSTM pass, one output per
 * horizon); BASELINE: seasonal naive at each horizon. Both return the 20-interval forecast. Run:
 * {@code java -jar mfn-runner/target/mfn-runner.jar --include MultiHorizonForecastBenchmark
 * --baseline}, or {@code main}.
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
public class MultiHorizonForecastBenchmark {
  static final int[] HORIZONS = {1, 5, 20};

  TrainedForecaster trained;
  float[] out;
  int next;

  /** Trains the forecaster. */
  @Setup(Level.Trial)
  public void setUp() {
    trained = new TrainedForecaster(HORIZONS);
    out = new float[HORIZONS.length];
  }

  /** Ours. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.multi-horizon",
      role = Role.MFN,
      implementation = "MultiHorizonForecaster (direct, horizons 1, 5, 20)")
  public float forecast() {
    trained.model.forecast(trained.heldOut, TrainedForecaster.end(next++ & 255), out);
    return out[2];
  }

  /** Seasonal naive at every horizon. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.multi-horizon",
      role = Role.BASELINE,
      implementation = "seasonal naive at each horizon")
  public float seasonalNaive() {
    int end = TrainedForecaster.end(next++ & 255);
    for (int h = 0; h < HORIZONS.length; h++) {
      out[h] = NaiveForecasters.seasonalNaive(trained.heldOut, end, HORIZONS[h], 24);
    }
    return out[2];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(MultiHorizonForecastBenchmark.class, args);
  }
}
