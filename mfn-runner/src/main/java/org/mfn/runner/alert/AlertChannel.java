package org.mfn.runner.alert;

/** Somewhere alerts go. */
public interface AlertChannel {
  /** Returns the channel's name in messages. */
  String name();

  /**
   * Sends a message.
   *
   * @param message the run and its alerts
   * @throws ChannelException in one line if it could not be delivered (after any retries)
   */
  void send(AlertMessage message) throws ChannelException;
}
