/**
 * Memory probes: {@link org.mfn.core.memory.HeapProbe} measures the heap retained by a structure as
 * the difference of the used heap after full collections. Bytes throughout.
 */
package org.mfn.core.memory;
