/**
 * JSON I/O of the result model: {@link org.mfn.report.json.ResultsJson} writes {@code results.json}
 * atomically and reads it back with a schema-version check; {@link
 * org.mfn.report.json.TargetCatalogueReader} loads the claims catalogue. Thread-safe.
 */
package org.mfn.report.json;
