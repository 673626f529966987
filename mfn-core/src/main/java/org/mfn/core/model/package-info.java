/**
 * The shared vocabulary of the core, importing nothing else of it: the layers ({@link
 * org.mfn.core.model.Layer}), the roles of a benchmark ({@link org.mfn.core.model.Role}: ours, a
 * baseline, a peer) and the units of metrics ({@link org.mfn.core.model.MetricUnits}: which unit
 * family, which direction is better, conversions). Immutable.
 */
package org.mfn.core.model;
