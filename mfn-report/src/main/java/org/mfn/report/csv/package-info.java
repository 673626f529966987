/** The CSV renderer ({@code results.csv}), written with commons-csv. */
package org.mfn.report.csv;
