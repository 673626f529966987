/**
 * Comparing runs: {@link org.mfn.runner.compare.ResultsSource} reads {@code results.json} or any
 * JMH JSON file, {@link org.mfn.runner.compare.CompareService} compares two of them with the
 * regression detector of {@code mfn-core}, {@link org.mfn.runner.compare.BaselineStore} keeps named
 * baselines under the output directory, and {@link org.mfn.runner.compare.ComparisonExit} maps the
 * outcome to the documented exit codes (0, 3, 5).
 */
package org.mfn.runner.compare;
