/** The JUnit XML renderer ({@code targets-junit.xml}): one test case per claim, for CI servers. */
package org.mfn.report.junit;
