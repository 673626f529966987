package org.mfn.layers.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mfn.layers.alm.RouteDecision;
import org.mfn.layers.baseline.HttpRouteClient;

/**
 * The baseline's router: asks a route server over HTTP/1.1 on loopback ({@link HttpRouteClient}),
 * as a controller-based design asks its controller for every new flow.
 */
public final class HttpFlowRouter implements FlowRouter {
  private final HttpRouteClient client;

  /**
   * Creates the router.
   *
   * @param client a client of a running route server
   */
  public HttpFlowRouter(HttpRouteClient client) {
    this.client = client;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException if the server cannot be reached or answers badly
   */
  @Override
  public RouteDecision decide(long flowHash, int ingress, int egress) {
    try {
      return client.decide(flowHash, ingress, egress);
    } catch (IOException e) {
      throw new UncheckedIOException("route server: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(
          "interrupted while asking the route server", new IOException(e));
    }
  }
}
