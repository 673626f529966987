/**
 * The picocli command line: {@link org.mfn.runner.cli.MfnMain} (the only place that calls {@code
 * System.exit}), {@link org.mfn.runner.cli.MfnCommand} (top-level options run benchmarks), {@link
 * org.mfn.runner.cli.ErrorHandlers} (one line on stderr, documented exit codes, stack traces only
 * with {@code --verbose}, which every command takes through {@link
 * org.mfn.runner.cli.SharedOptions}). Commands turn options into a {@link
 * org.mfn.runner.plan.RunPlan} and call a service; {@code check} validates a run directory against
 * its manifest and each report's format rules ({@link org.mfn.runner.cli.ReportFileRules}).
 */
package org.mfn.runner.cli;
