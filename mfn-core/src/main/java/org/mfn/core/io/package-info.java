/**
 * File output that never leaves a partial file: {@link org.mfn.core.io.AtomicFiles} writes to a
 * temporary file in the target directory and renames it into place.
 */
package org.mfn.core.io;
