package org.mfn.runner.cli;

import java.io.PrintWriter;
import org.mfn.core.io.HostName;
import org.mfn.core.run.RunResult;
import org.mfn.runner.push.PushException;
import org.mfn.runner.push.PushGatewayPublisher;

/**
 * Pushes a finished run to the Pushgateway. A push that fails is a warning unless the caller makes
 * it an error: the run's own files are already written either way.
 */
final class PushRecorder {
  private PushRecorder() {}

  /**
   * Pushes a run.
   *
   * @param push the gateway
   * @param result the run
   * @param out where the confirmation goes
   * @param err where a warning goes
   * @return whether the push succeeded
   */
  static boolean push(
      PushGatewayPublisher push, RunResult result, PrintWriter out, PrintWriter err) {
    String host = HostName.get();
    try {
      push.push(result, host);
      out.println("Pushed: the run's metrics to " + push.gateway() + " (host " + host + ")");
      out.flush();
      return true;
    } catch (PushException e) {
      err.println("mfn: warning: " + e.getMessage());
      err.flush();
      return false;
    }
  }
}
