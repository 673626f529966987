/**
 * Loopback network probes: the transport's own round trip ({@link
 * org.mfn.layers.net.BareEchoServer} and {@link org.mfn.layers.net.BareEchoClient}: a fixed-size
 * request and response, the floor under any protocol built on it) and its throughput ({@link
 * org.mfn.layers.net.StreamSender} writing fixed-size messages to a {@link
 * org.mfn.layers.net.StreamSink} that discards them, as iperf3 does), over TCP on 127.0.0.1 or Unix
 * domain sockets. Sizes are bytes; every server thread is a daemon.
 */
package org.mfn.layers.net;
