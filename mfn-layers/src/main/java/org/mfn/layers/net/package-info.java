/**
 * Loopback network probes: a bare request/response server over Unix domain sockets or TCP loopback
 * ({@link org.mfn.layers.net.BareEchoServer}) that gives the transport's own round trip, the floor
 * under any protocol built on it. Sizes are bytes.
 */
package org.mfn.layers.net;
