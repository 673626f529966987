/**
 * Which report files exist and how they are written: {@link org.mfn.report.output.ReportFormat}
 * names every format with its file and renderer, and {@link org.mfn.report.output.ReportWriter}
 * writes the chosen ones atomically next to {@code results.json} (a format with nothing to say
 * writes no file). The only package that knows every renderer; renderers know only the report root
 * ({@link org.mfn.report.ReportRenderer} and the shared formatting). Thread-safe.
 */
package org.mfn.report.output;
