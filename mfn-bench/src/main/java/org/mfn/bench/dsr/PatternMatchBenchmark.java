package org.mfn.bench.dsr;

import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.baseline.NaiveSimilarity;
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
 * Recognizing a flow's pattern: encode its packets and take the nearest learned prototype (the
 * "pattern matching under 500 µs" claim).
 *
 * <p>Workload: the {@link TrainedModel} and its five prototypes; 256 held-out flows (seed 5) read
 * in order. MFN: {@code recognize} (encode + {@link
 * org.mfn.layers.dsr.PatternRecognizer#recognize}); BASELINE: {@code nearestExample}, the same
 * encode, then the class of the most similar of the 1,000 training embeddings by the naive search
 * (nearest neighbour, no prototypes). Both return the class.
 *
 * <p>Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include PatternMatchBenchmark
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
public class PatternMatchBenchmark {
  static final int FLOWS = 256;

  TrainedModel model;
  NaiveSimilarity examples;
  FlowPatternGenerator.Sequences flows;
  float[] embedding;
  int next;

  /** Trains the model and keeps the training embeddings for the baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    model = new TrainedModel(256);
    embedding = new float[256];
    examples = new NaiveSimilarity(256);
    for (int s = 0; s < model.training.count(); s++) {
      model.encoder.encode(
          model.training.features(), model.training.offset(s), TrainedModel.STEPS, embedding, 0);
      examples.add(embedding, 0);
    }
    flows = FlowPatternGenerator.generate(FLOWS, TrainedModel.STEPS, 5);
  }

  private int flow() {
    return next++ & (FLOWS - 1);
  }

  /** Ours: nearest prototype. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.pattern-matching",
      role = Role.MFN,
      implementation = "SequenceEncoder + PatternRecognizer (5 prototypes)")
  public int recognize() {
    int f = flow();
    model.encoder.encode(flows.features(), flows.offset(f), TrainedModel.STEPS, embedding, 0);
    return model.recognizer.recognize(embedding, 0);
  }

  /** The nearest training example's class, by the naive search. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "dsr.pattern-matching",
      role = Role.BASELINE,
      implementation = "SequenceEncoder + nearest of 1,000 examples (NaiveSimilarity)")
  public int nearestExample() {
    int f = flow();
    model.encoder.encode(flows.features(), flows.offset(f), TrainedModel.STEPS, embedding, 0);
    return model.training.labels()[examples.topK(embedding, 0, 1)[0]];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(PatternMatchBenchmark.class, args);
  }
}
