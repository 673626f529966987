/**
 * The HTML renderer ({@code report.html}): one self-contained file that opens offline. The chart
 * library (uPlot, from its webjar on the class path) and all styles and data are inlined, and a
 * Content-Security-Policy forbids every network request. Every string from a results file is
 * escaped, since a results file is untrusted input.
 */
package org.mfn.report.html;
