/**
 * The integration pipeline: the four layers put together on a packet trace.
 *
 * <p>{@link org.mfn.layers.pipeline.MfnPipeline} looks each packet up in the IFR registry; a miss
 * takes the {@link org.mfn.layers.pipeline.SlowPath} (DSR classifies, ALM routes, CPE forecasts)
 * and the registry installs the flow. {@link org.mfn.layers.pipeline.BaselinePipeline} makes the
 * same decisions with the traditional components (HashMap, naive cosine, HTTP route server,
 * seasonal naive); {@link org.mfn.layers.pipeline.PassThroughPipeline} forwards without MFN work,
 * the reference for the overhead. Route ids pack class, backend and next hop ({@link
 * org.mfn.layers.pipeline.RouteIds}).
 *
 * <p>Threading: every pipeline is single-threaded; two threads use two pipelines over two
 * partitions of the packets ({@link org.mfn.layers.pipeline.TracePackets#partition}), sharing the
 * read-only routing tables and trained weights. Times are nanoseconds; sizes are bytes.
 */
package org.mfn.layers.pipeline;
