/**
 * The MFN Bench runner: the command line ({@code cli}), the immutable run plan ({@code plan}), the
 * JMH driver and result conversion ({@code jmh}) and the run service that ties them together and
 * writes the run directory ({@code run}).
 */
package org.mfn.runner;
