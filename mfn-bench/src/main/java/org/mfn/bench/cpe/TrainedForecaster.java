package org.mfn.bench.cpe;

import org.mfn.core.workload.TrafficSeriesGenerator;
import org.mfn.layers.cpe.ForecasterTrainer;
import org.mfn.layers.cpe.MultiHorizonForecaster;

/**
 * The trained forecaster the CPE prediction benchmarks measure, built in their {@code @Setup}
 * (about 4 s per fork, seeded, so every fork measures the same model): LSTM 1 -> 32 over a 48-hour
 * window, horizons 1, 5 and 20, 400 steps of 32 windows on 40 four-week series (seed 1). Held-out
 * series (seed 2) are what the benchmarks forecast.
 */
final class TrainedForecaster {
  static final int LENGTH = 24 * 7 * 4;
  static final int WINDOW = 48;

  final MultiHorizonForecaster model;
  final ForecasterTrainer trainer;
  final float[] training;
  final float[] heldOut;

  TrainedForecaster(int[] horizons) {
    this(new MultiHorizonForecaster(WINDOW, horizons, 32, 3));
  }

  /** Trains a given model (e.g. a {@code SequencePredictor}'s) the same way. */
  TrainedForecaster(MultiHorizonForecaster model) {
    training = TrafficSeriesGenerator.series(40, LENGTH, 1);
    heldOut = TrafficSeriesGenerator.series(20, LENGTH, 2);
    this.model = model;
    trainer = new ForecasterTrainer(model, 0.005f);
    trainer.train(training, LENGTH, 400, 32, 4);
  }

  /** The end of the i-th benchmark window in the held-out series (series and position cycle). */
  static int end(int i) {
    int series = i % 20;
    int position = WINDOW + (i * 37) % (LENGTH - WINDOW - 20);
    return series * LENGTH + position;
  }
}
