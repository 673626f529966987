package org.mfn.core.harness;

/** The operation the harness measures, called once per operation with the flow it serves. */
@FunctionalInterface
public interface FlowOperation {
  /**
   * Performs one operation.
   *
   * @param flow the flow, in {@code [0, flowCount)}: the harness visits the flows round-robin
   * @throws Exception counted as an error (the operation's time is still recorded)
   */
  void run(int flow) throws Exception;
}
