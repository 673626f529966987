package org.mfn.bench.dsr;

import org.mfn.core.workload.FlowPatternGenerator;
import org.mfn.layers.dsr.EncoderTrainer;
import org.mfn.layers.dsr.PatternRecognizer;
import org.mfn.layers.dsr.SequenceEncoder;

/**
 * The trained model every DSR benchmark measures, built in its {@code @Setup} (about 3 s per fork):
 * an encoder (LSTM 4 -> 32 over 24 packets, projection to 256) trained for 4 epochs on 1,000
 * labelled flows (seed 1), and the recognizer's prototypes from those flows. Training is seeded, so
 * every fork measures the same model; a benchmark never measures an untrained network.
 */
final class TrainedModel {
  static final int STEPS = 24;
  static final int HIDDEN = 32;
  static final int CLASSES = 5;

  final FlowPatternGenerator.Sequences training;
  final SequenceEncoder encoder;
  final EncoderTrainer trainer;
  final PatternRecognizer recognizer;

  TrainedModel(int dimensions) {
    training = FlowPatternGenerator.generate(1_000, STEPS, 1);
    encoder = new SequenceEncoder(HIDDEN, dimensions, 7);
    trainer = new EncoderTrainer(encoder, CLASSES, 0.01f, 8);
    trainer.train(training, 4, 32, 9);
    recognizer = new PatternRecognizer(CLASSES, dimensions);
    float[] e = new float[dimensions];
    for (int s = 0; s < training.count(); s++) {
      encoder.encode(training.features(), training.offset(s), STEPS, e, 0);
      recognizer.learn(e, 0, training.labels()[s]);
    }
  }
}
