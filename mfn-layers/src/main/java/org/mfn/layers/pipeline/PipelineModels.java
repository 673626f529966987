package org.mfn.layers.pipeline;

import java.util.List;
import org.mfn.core.workload.FlowPattern;
import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.core.workload.TrafficSeriesGenerator;
import org.mfn.layers.cpe.ForecasterTrainer;
import org.mfn.layers.cpe.SequencePredictor;
import org.mfn.layers.dsr.EncoderTrainer;
import org.mfn.layers.dsr.PatternRecognizer;
import org.mfn.layers.dsr.SequenceEncoder;
import org.mfn.layers.nn.Trainable;

/**
 * The trained models of a pipeline's slow path, built once (seeded, about 2 s) and copied for each
 * pipeline: the DSR encoder (LSTM 4 -> 32 over 24 packets, 256-dimensional embedding) with its
 * class prototypes, and the CPE next-interval predictor (LSTM 1 -> 16 over a 48-interval window) of
 * every class's traffic series.
 *
 * <p>The class means are kept as sums as well, so that the baseline pipeline's naive classifier
 * searches the same prototypes with its own arithmetic. Copies share nothing mutable.
 */
public final class PipelineModels {
  /** Packets per feature sequence. */
  public static final int STEPS = 24;

  /** Embedding size. */
  public static final int DIMENSIONS = 256;

  /** Intervals of history a prediction reads. */
  public static final int WINDOW = 48;

  /** Length of each class's traffic series: four weeks of hourly intervals. */
  public static final int SERIES_LENGTH = TrafficSeriesGenerator.INTERVALS_PER_WEEK * 4;

  private static final int ENCODER_HIDDEN = 32;
  private static final int PREDICTOR_HIDDEN = 16;

  private final int classes;
  private final SequenceEncoder encoder;
  private final PatternRecognizer recognizer;
  private final float[] classSums;
  private final SequencePredictor predictor;
  private final float[] classSeries;

  private PipelineModels(
      int classes,
      SequenceEncoder encoder,
      PatternRecognizer recognizer,
      float[] classSums,
      SequencePredictor predictor,
      float[] classSeries) {
    this.classes = classes;
    this.encoder = encoder;
    this.recognizer = recognizer;
    this.classSums = classSums;
    this.predictor = predictor;
    this.classSeries = classSeries;
  }

  /**
   * Trains the models.
   *
   * @param seed seed of the training data and the initial weights
   * @return the trained models
   */
  public static PipelineModels train(long seed) {
    int classes = classCount();
    FlowPatternGenerator.Sequences data = FlowPatternGenerator.generate(600, STEPS, seed);
    SequenceEncoder encoder = new SequenceEncoder(ENCODER_HIDDEN, DIMENSIONS, seed + 1);
    new EncoderTrainer(encoder, classes, 0.01f, seed + 2).train(data, 3, 32, seed + 3);
    PatternRecognizer recognizer = new PatternRecognizer(classes, DIMENSIONS);
    float[] sums = new float[classes * DIMENSIONS];
    float[] e = new float[DIMENSIONS];
    for (int s = 0; s < data.count(); s++) {
      encoder.encode(data.features(), data.offset(s), STEPS, e, 0);
      int label = data.labels()[s];
      recognizer.learn(e, 0, label);
      for (int i = 0; i < DIMENSIONS; i++) {
        sums[label * DIMENSIONS + i] += e[i];
      }
    }
    float[] series = TrafficSeriesGenerator.series(classes, SERIES_LENGTH, seed + 4);
    SequencePredictor predictor = new SequencePredictor(WINDOW, PREDICTOR_HIDDEN, seed + 5);
    new ForecasterTrainer(predictor.model(), 0.005f)
        .train(series, SERIES_LENGTH, 150, 16, seed + 6);
    return new PipelineModels(classes, encoder, recognizer, sums, predictor, series);
  }

  /** Returns the number of flow classes (the patterns of {@link FlowPatternGenerator}). */
  public static int classCount() {
    return FlowPattern.values().length;
  }

  /** Returns a copy whose work arrays are its own, for one pipeline (one thread). */
  public PipelineModels copy() {
    SequencePredictor p = new SequencePredictor(WINDOW, PREDICTOR_HIDDEN, 0);
    copyParameters(predictor.model().parts(), p.model().parts());
    return new PipelineModels(classes, encoder.copy(), recognizer, classSums, p, classSeries);
  }

  private static void copyParameters(List<? extends Trainable> from, List<? extends Trainable> to) {
    for (int i = 0; i < from.size(); i++) {
      float[] source = from.get(i).parameters();
      System.arraycopy(source, 0, to.get(i).parameters(), 0, source.length);
    }
  }

  /** Returns the number of classes. */
  public int classes() {
    return classes;
  }

  /** Returns the encoder (not thread-safe: one per pipeline, see {@link #copy()}). */
  public SequenceEncoder encoder() {
    return encoder;
  }

  /** Returns the recognizer (read-only after training). */
  public PatternRecognizer recognizer() {
    return recognizer;
  }

  /** Returns the sum of each class's training embeddings (shared; do not modify). */
  public float[] classSums() {
    return classSums;
  }

  /** Returns the predictor (not thread-safe). */
  public SequencePredictor predictor() {
    return predictor;
  }

  /** Returns every class's traffic series, {@link #SERIES_LENGTH} values each (shared). */
  public float[] classSeries() {
    return classSeries;
  }
}
