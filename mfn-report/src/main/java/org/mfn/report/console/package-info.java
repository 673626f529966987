/**
 * Plain-text tables for the console: benchmark results, claims with verdicts, MFN against baselines
 * and peers. Pure functions from the result model to strings, without colour codes.
 */
package org.mfn.report.console;
