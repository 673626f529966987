/**
 * The claims of the MFN specification as data, and the judge that gives each a verdict.
 *
 * <p>Key types: {@link org.mfn.core.target.Target} (one row of {@code targets.json}), {@link
 * org.mfn.core.target.TargetCatalogue} (all rows, validated), {@link
 * org.mfn.core.target.TargetJudge} (PASS / FAIL / INCONCLUSIVE / NOT_MEASURED from the confidence
 * interval against the threshold) and {@link org.mfn.core.target.TargetVerdict}. A verdict is never
 * decided in advance: it follows from measured samples, and a claim whose benchmark did not run is
 * NOT_MEASURED. Immutable and thread-safe.
 */
package org.mfn.core.target;
