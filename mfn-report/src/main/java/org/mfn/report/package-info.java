/**
 * Renderers of run results: JSON ({@code json}, the {@code results.json} file and the claims
 * catalogue) and the console ({@code console}, plain-text tables). Renderers read the result model
 * of {@code mfn-core} and know nothing of JMH or of the layers.
 */
package org.mfn.report;
