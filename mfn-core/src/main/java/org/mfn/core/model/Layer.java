package org.mfn.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The layers of the MFN and the cross-cutting measurement groups, with their CLI names. */
public enum Layer {
  /** Layer 1, Immediate Flow Registry. */
  IFR(1, "ifr", "Immediate Flow Registry"),
  /** Layer 2, Data Similarity Registry. */
  DSR(2, "dsr", "Data Similarity Registry"),
  /** Layer 3, Adaptive Logic Manager. */
  ALM(3, "alm", "Adaptive Logic Manager"),
  /** Layer 4, Context Prediction Engine. */
  CPE(4, "cpe", "Context Prediction Engine"),
  /** The layers working together (pipeline, throughput, overhead). */
  INTEGRATION(0, "integration", "Integration"),
  /** MFN Bench's own tools (the cost of comparing runs); no claims. */
  TOOLING(-1, "tooling", "MFN Bench tooling");

  private final int number;
  private final String shortName;
  private final String title;

  Layer(int number, String shortName, String title) {
    this.number = number;
    this.shortName = shortName;
    this.title = title;
  }

  /** Returns the layer number 1..4, 0 for {@link #INTEGRATION}, -1 for {@link #TOOLING}. */
  public int number() {
    return number;
  }

  /** Returns the lower-case short name ({@code ifr}). */
  public String shortName() {
    return shortName;
  }

  /** Returns the full name ({@code Immediate Flow Registry}). */
  public String title() {
    return title;
  }

  /** Returns the names the CLI accepts: {@code ifr}, {@code layer1}, {@code 1}. */
  public List<String> aliases() {
    if (number == 0) {
      return List.of(shortName, "pipeline");
    }
    return number < 0
        ? List.of(shortName, "suite")
        : List.of(shortName, "layer" + number, Integer.toString(number));
  }

  /**
   * Finds a layer by any of its {@link #aliases()}, ignoring case.
   *
   * @param name e.g. {@code layer1}, {@code IFR}
   * @return the layer, or empty if no layer has that name
   */
  public static Optional<Layer> byName(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.aliases().contains(lower)).findFirst();
  }
}
