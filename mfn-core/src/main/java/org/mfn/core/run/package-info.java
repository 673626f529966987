/**
 * A whole run as one value and its file: {@link org.mfn.core.run.RunResult} (the content of {@code
 * results.json}: environment, settings, results, improvements, verdicts, comparison) and {@link
 * org.mfn.core.run.ResultsJson}, which writes it atomically and reads it back with a schema-version
 * and shape check ({@link org.mfn.core.run.ResultsFileException} names the field at fault).
 *
 * <p>The top of the core's one-way stack: {@code model} (vocabulary) &lt;- {@code stats} &lt;-
 * {@code result} &lt;- {@code target}, {@code regression} &lt;- {@code run}. Thread-safe.
 */
package org.mfn.core.run;
