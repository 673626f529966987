package org.mfn.core.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mfn.core.model.Layer;
import org.mfn.core.model.MetricUnits;

/**
 * All claims, validated: unique ids, a reference on every relative claim and on no absolute one,
 * and percent units for relative claims.
 *
 * @param targets the claims in catalogue order
 */
@JsonIgnoreProperties({"schemaVersion"})
public record TargetCatalogue(List<Target> targets) {
  /** The resource path of the catalogue shipped with MFN Bench. */
  public static final String RESOURCE = "/targets.json";

  /** Validates the claims. */
  public TargetCatalogue {
    targets = List.copyOf(targets);
    Set<String> ids = new HashSet<>();
    for (Target t : targets) {
      if (t.id() == null || !ids.add(t.id())) {
        throw new IllegalArgumentException("claim ids must be present and unique: " + t.id());
      }
      if (t.layer() == null
          || t.benchmark() == null
          || t.comparator() == null
          || t.unit() == null) {
        throw new IllegalArgumentException(
            "claim " + t.id() + " needs a layer, benchmark, comparator and unit");
      }
      boolean relative = t.kind() != TargetKind.ABSOLUTE;
      if (relative != (t.reference() != null)) {
        throw new IllegalArgumentException(
            "claim " + t.id() + ": a reference is required exactly for relative kinds");
      }
      if (relative && MetricUnits.family(t.unit()) != MetricUnits.Family.PERCENT) {
        throw new IllegalArgumentException("claim " + t.id() + ": a relative claim is in %");
      }
    }
  }

  /** Returns the claims of one layer, in catalogue order. */
  public List<Target> forLayer(Layer layer) {
    return targets.stream().filter(t -> t.layer() == layer).toList();
  }
}
