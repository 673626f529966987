/**
 * Renderers of run results and what they share. The root holds the renderer interface ({@link
 * org.mfn.report.ReportRenderer}) and the formatting every renderer uses ({@link
 * org.mfn.report.Numbers}, {@link org.mfn.report.ReportRows}, {@link org.mfn.report.ChartMetric});
 * one package per format ({@code html}, {@code csv}, {@code markdown}, {@code prometheus}, {@code
 * junit}, {@code ci}, {@code console}) imports only the root and mfn-core; {@code output} knows
 * every format and writes the files. Renderers receive values ({@code RunResult}); reading and
 * writing {@code results.json} is mfn-core's ({@code org.mfn.core.run.ResultsJson}). They know
 * nothing of JMH or of the layers.
 */
package org.mfn.report;
