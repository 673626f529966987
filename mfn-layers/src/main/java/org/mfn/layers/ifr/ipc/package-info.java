/**
 * The IFR service over a Unix domain socket: a versioned, length-prefixed binary protocol ({@code
 * PROTOCOL.md} beside these sources), {@link org.mfn.layers.ifr.ipc.IfrServer} and {@link
 * org.mfn.layers.ifr.ipc.IfrClient}.
 *
 * <p>Threading: the server runs an acceptor thread, one thread per connection and one deadline
 * checker, and serialises registry access with one lock (requests are linearizable). A client is
 * used by one thread. Sizes are bytes; frames are at most {@link
 * org.mfn.layers.ifr.ipc.IfrProtocol#MAX_FRAME_BYTES}; {@link org.mfn.layers.ifr.ipc.ServerLimits}
 * bounds connections and the time a peer may take over a frame or stay idle.
 */
package org.mfn.layers.ifr.ipc;
