package org.mfn.layers.ifr.ipc;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.FlowTableOverflowException;
import org.mfn.layers.ifr.RegistryStats;
import org.mfn.layers.ifr.RobinHoodFlowTable;

/**
 * Applies one request frame to a {@link FlowRegistry} and writes the response frame.
 *
 * <p>One instance per connection (it keeps scratch arrays); the registry is shared and every access
 * holds {@code lock}, so requests from all connections are linearizable: each takes effect at one
 * instant between its arrival and its response. A malformed payload never reaches the registry:
 * keys are validated before use.
 */
final class RequestProcessor {
  private final FlowRegistry registry;
  private final Object lock;
  private final FlowKeyLayout layout;
  private final long[] wire = new long[FlowKey.IPV6_WORDS];
  private final long[] packed;

  RequestProcessor(FlowRegistry registry, Object lock) {
    this.registry = registry;
    this.lock = lock;
    this.layout = registry.config().layout();
    this.packed = new long[layout.words()];
  }

  /**
   * Processes a frame whose header was read.
   *
   * @param version the frame's version
   * @param code the opcode byte
   * @param requestId the request id, echoed in the response
   * @param payload the payload, position at its start, limit at its end
   * @param out receives the whole response frame, flipped for writing
   */
  void process(int version, int code, int requestId, ByteBuffer payload, ByteBuffer out) {
    begin(out, requestId);
    Status status;
    if (version != IfrProtocol.VERSION) {
      status = Status.UNSUPPORTED_VERSION;
    } else {
      Opcode opcode = Opcode.of(code);
      if (opcode == null) {
        status = Status.UNKNOWN_OPCODE;
      } else {
        try {
          status = dispatch(opcode, payload, out);
          if (payload.hasRemaining()) {
            throw new MalformedFrameException(
                "the payload has " + payload.remaining() + " bytes too many");
          }
        } catch (MalformedFrameException | BufferUnderflowException e) {
          out.position(4 + IfrProtocol.HEADER_BYTES); // drop any partial payload
          status = Status.MALFORMED;
        }
      }
    }
    finish(out, status);
  }

  /** Writes a response with no payload, e.g. for a frame whose length was refused. */
  static void errorFrame(ByteBuffer out, int requestId, Status status) {
    begin(out, requestId);
    finish(out, status);
  }

  private static void begin(ByteBuffer out, int requestId) {
    out.clear();
    out.putInt(0).put((byte) IfrProtocol.VERSION).put((byte) 0).putInt(requestId);
  }

  private static void finish(ByteBuffer out, Status status) {
    out.put(5, (byte) status.code());
    out.putInt(0, out.position() - 4);
    out.flip();
  }

  private Status dispatch(Opcode opcode, ByteBuffer payload, ByteBuffer out) {
    switch (opcode) {
      case PING:
        out.put(payload);
        return Status.OK;
      case LOOKUP:
        return lookup(payload, out);
      case UPSERT:
        return upsert(payload, out);
      case DELETE:
        return delete(payload);
      case BATCH_LOOKUP:
        return batchLookup(payload, out);
      default:
        return stats(out);
    }
  }

  /** Reads a key into {@link #packed}; false if the registry's layout cannot hold it. */
  private boolean readKey(ByteBuffer payload) {
    int count = IfrProtocol.getKey(payload, wire);
    if (count == packed.length) {
      System.arraycopy(wire, 0, packed, 0, count);
      return true;
    }
    if (layout == FlowKeyLayout.DUAL_STACK) { // an IPv4 key in a dual-stack registry
      packed[0] = wire[0];
      packed[1] = 0;
      packed[2] = 0;
      packed[3] = 0;
      packed[4] = wire[1];
      return true;
    }
    return false; // an IPv6 key in an IPv4 registry: never installed
  }

  private Status lookup(ByteBuffer payload, ByteBuffer out) {
    if (!readKey(payload)) {
      return Status.NOT_FOUND;
    }
    synchronized (lock) {
      int record = registry.find(packed, 0);
      if (record == RobinHoodFlowTable.NOT_FOUND) {
        return Status.NOT_FOUND;
      }
      out.putInt(registry.routeId(record))
          .putLong(registry.packets(record))
          .putLong(registry.bytes(record))
          .putLong(registry.lastSeenNanos(record));
      return Status.OK;
    }
  }

  private Status upsert(ByteBuffer payload, ByteBuffer out) {
    boolean holdable = readKey(payload);
    int route = payload.getInt();
    if (!holdable || route < 0) {
      throw new MalformedFrameException(
          holdable ? "route ids are 0 or more" : "this registry holds IPv4 flows only");
    }
    synchronized (lock) {
      boolean created = registry.find(packed, 0) == RobinHoodFlowTable.NOT_FOUND;
      try {
        registry.install(packed, 0, route, System.nanoTime());
      } catch (FlowTableOverflowException refused) {
        return Status.REFUSED;
      }
      out.put((byte) (created ? 1 : 0));
    }
    return Status.OK;
  }

  private Status delete(ByteBuffer payload) {
    if (!readKey(payload)) {
      return Status.NOT_FOUND;
    }
    synchronized (lock) {
      return registry.remove(packed, 0) ? Status.OK : Status.NOT_FOUND;
    }
  }

  private Status batchLookup(ByteBuffer payload, ByteBuffer out) {
    int count = payload.getShort() & 0xFFFF;
    if (count < 1 || count > IfrProtocol.MAX_BATCH) {
      throw new MalformedFrameException(
          "a batch holds 1.." + IfrProtocol.MAX_BATCH + " keys, not " + count);
    }
    out.putShort((short) count);
    synchronized (lock) { // the whole batch sees one state of the registry
      for (int i = 0; i < count; i++) {
        int route = -1;
        if (readKey(payload)) {
          int record = registry.find(packed, 0);
          route = record == RobinHoodFlowTable.NOT_FOUND ? -1 : registry.routeId(record);
        }
        out.put((byte) (route < 0 ? Status.NOT_FOUND.code() : Status.OK.code())).putInt(route);
      }
    }
    return Status.OK;
  }

  private Status stats(ByteBuffer out) {
    RegistryStats s;
    synchronized (lock) {
      s = registry.stats();
    }
    out.putInt(s.size())
        .putInt(s.capacity())
        .putLong(s.hits())
        .putLong(s.misses())
        .putLong(s.bloomRejections())
        .putLong(s.installs())
        .putLong(s.evictions())
        .putLong(s.refusedInstalls());
    return Status.OK;
  }
}
