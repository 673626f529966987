/**
 * The Markdown renderer ({@code summary.md}): claims and regressions, short enough for a CI job
 * summary.
 */
package org.mfn.report.markdown;
