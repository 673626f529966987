package org.mfn.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;

/**
 * What a benchmark method measures: read by the runner to label results and to pair MFN results
 * with baselines and peers of the same subject.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Measures {
  /** The layer measured. */
  Layer layer();

  /** The subject, shared by ours, the baseline and the peers, e.g. {@code ifr.lookup.hit}. */
  String subject();

  /** MFN (ours), BASELINE (the traditional system of a claim) or PEER (a known library). */
  Role role();

  /** A short label of the implementation, e.g. {@code RobinHoodFlowTable}. */
  String implementation();

  /**
   * Secondary metrics on which ours is also set against the baselines and peers of its subject,
   * besides the primary score, e.g. {@code perFlowBytes} where the score is a build time and the
   * point is the memory. Only an MFN method's list counts; both sides must report the metric in the
   * same unit.
   */
  String[] alsoCompare() default {};
}
