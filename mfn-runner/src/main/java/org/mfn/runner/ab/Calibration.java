package org.mfn.runner.ab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.mfn.core.io.AtomicFiles;
import org.mfn.core.regression.PairedRounds;
import org.mfn.runner.ExitCodes;

/**
 * This machine's noise per benchmark, from an A/A comparison ({@code calibrate}): the standard
 * deviation of the per-round log-ratio of two forks of the same build, and from it the smallest
 * change an {@code ab} of a given number of rounds detects with 80% power at the 5% level (paired
 * t): {@code (t(1 - alpha/2, n-1) + t(0.8, n-1)) * sd / sqrt(n)}, as a percent. Stored as {@code
 * OUTPUT/calibration.json}.
 *
 * @param rounds the A/A rounds measured
 * @param spread each benchmark's standard deviation of the per-round log-ratio
 */
public record Calibration(int rounds, Map<String, Double> spread) {
  /** The file name in an output directory. */
  public static final String FILE_NAME = "calibration.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Copies the map. */
  public Calibration {
    spread = Map.copyOf(spread);
  }

  /** Measures the spread of each benchmark's A/A rounds. */
  public static Calibration of(List<PairedRounds> aa, int rounds) {
    Map<String, Double> spread = new LinkedHashMap<>();
    for (PairedRounds p : aa) {
      int n = p.rounds();
      if (n < 2) {
        continue;
      }
      double[] d = new double[n];
      double mean = 0;
      for (int r = 0; r < n; r++) {
        d[r] = Math.log(p.newRounds()[r] / p.oldRounds()[r]);
        mean += d[r] / n;
      }
      double ss = 0;
      for (double v : d) {
        ss += (v - mean) * (v - mean);
      }
      spread.put(p.benchmark(), Math.sqrt(ss / (n - 1)));
    }
    return new Calibration(rounds, spread);
  }

  /**
   * The smallest change detectable with 80% power at the 5% level in an {@code ab} of {@code
   * rounds} rounds, percent; null when the benchmark was not calibrated or rounds is below 2.
   */
  public Double minimumDetectablePercent(String benchmark, int rounds) {
    Double sd = spread.get(benchmark);
    if (sd == null || rounds < 2) {
      return null;
    }
    TDistribution t = new TDistribution(null, rounds - 1);
    double factor = t.inverseCumulativeProbability(0.975) + t.inverseCumulativeProbability(0.8);
    return Math.expm1(factor * sd / Math.sqrt(rounds)) * 100;
  }

  /** Writes {@code calibration.json} atomically. */
  public void write(Path output) {
    try {
      Files.createDirectories(output);
      AtomicFiles.writeString(output.resolve(FILE_NAME), JSON.writeValueAsString(this));
    } catch (IOException e) {
      throw new AbException(
          ExitCodes.RUNTIME, "cannot write " + output.resolve(FILE_NAME) + ": " + e.getMessage());
    }
  }

  /** Reads an output directory's calibration, or null when it has none or it is unreadable. */
  public static Calibration read(Path output) {
    Path file = output.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readValue(file.toFile(), Calibration.class);
    } catch (IOException e) {
      return null;
    }
  }
}
