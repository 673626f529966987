/**
 * Notifications: which events alert ({@link AlertsConfig}, read from {@code mfn-alerts.json}), the
 * alerts a finished run raises ({@link RunAlerts}), and the channels that carry them (a generic
 * webhook with an HMAC signature, a Slack-compatible webhook, e-mail over SMTP), sent by a {@link
 * Notifier} that never fails a run unless asked and never sends one alert twice for one run.
 */
package org.mfn.runner.alert;
