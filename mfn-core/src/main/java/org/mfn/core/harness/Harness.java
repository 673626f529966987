package org.mfn.core.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.mfn.core.result.IntervalStats;

/**
 * Measures an operation outside JMH: rounds of a warm-up and a recorded period, on one or more
 * threads, in a closed loop or at a fixed offered rate, recording every operation's latency in
 * HdrHistograms.
 *
 * <p>At a fixed rate each call has an intended start (the schedule), and the latency recorded as
 * <em>corrected</em> runs from the intended start to the end of the call: when one call stalls, the
 * calls queued behind it are charged the wait they would have had, which is what a client at that
 * rate sees (coordinated omission, Tene). The <em>uncorrected</em> latency runs from the actual
 * start and hides the stall; both are kept, so the difference is visible. In a closed loop there is
 * no schedule and both are the service time.
 *
 * <p>Each round's recorded period is cut into intervals; each interval's mean latency (corrected)
 * and throughput are the samples the runner's statistics use, rounds playing the part of forks.
 * Rounds run one after the other in this JVM.
 *
 * <pre>{@code
 * HarnessResult r = Harness.measure("com.example.Cache.get")
 *     .flowCount(10_000).threads(2).fixedRate(20_000)
 *     .warmup(Duration.ofSeconds(1)).duration(Duration.ofSeconds(5)).rounds(3)
 *     .run(flow -> cache.get(keys[flow]));
 * }</pre>
 */
public final class Harness {
  /** Below this wait a thread spins rather than parks, nanoseconds. */
  private static final long SPIN_NANOS = 50_000;

  private final HarnessConfig config;
  private final List<TimedAction> events;

  private Harness(HarnessConfig config, List<TimedAction> events) {
    this.config = config;
    this.events = List.copyOf(events);
  }

  /**
   * Starts configuring a measurement: by default 1 flow, 1 thread, a closed loop, 1 s of warm-up, 5
   * s recorded in 1 s intervals, 3 rounds.
   *
   * @param name the measurement's name, as results.json shows it
   * @return the builder
   */
  public static Builder measure(String name) {
    return new Builder(name);
  }

  /** Runs a measurement with a full configuration. */
  public static Harness of(HarnessConfig config) {
    return new Harness(config, List.of());
  }

  /** Configures a measurement. */
  public static final class Builder {
    private final String name;
    private int flowCount = 1;
    private Duration warmup = Duration.ofSeconds(1);
    private Duration duration = Duration.ofSeconds(5);
    private int threads = 1;
    private double rate;
    private int rounds = 3;
    private Duration interval;
    private final List<TimedAction> events = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The flows the operation is called for, round-robin. */
    public Builder flowCount(int flows) {
      this.flowCount = flows;
      return this;
    }

    /** The unrecorded time before each round. */
    public Builder warmup(Duration d) {
      this.warmup = d;
      return this;
    }

    /** The recorded time of each round. */
    public Builder duration(Duration d) {
      this.duration = d;
      return this;
    }

    /** The threads calling at once. */
    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    /** Offers a fixed load over all threads, operations per second (0: a closed loop). */
    public Builder fixedRate(double perSecond) {
      this.rate = perSecond;
      return this;
    }

    /** Independent repetitions. */
    public Builder rounds(int n) {
      this.rounds = n;
      return this;
    }

    /** The length of one sample (default: 1 s, or a fifth of a shorter duration). */
    public Builder interval(Duration d) {
      this.interval = d;
      return this;
    }

    /**
     * Runs an action at a time in every round's recorded period, on a thread of its own (e.g. to
     * inject a fault and to clear it), so that a timeline shows before, during and after.
     *
     * @param offset when, after the recorded period began (within the duration)
     * @param action what to do
     * @return this builder
     */
    public Builder at(Duration offset, Runnable action) {
      events.add(new TimedAction(offset, action));
      return this;
    }

    /** Returns the configuration, checked. */
    public HarnessConfig config() {
      Duration sample = interval;
      if (sample == null) {
        sample =
            duration.compareTo(Duration.ofSeconds(5)) >= 0
                ? Duration.ofSeconds(1)
                : duration.dividedBy(5);
      }
      return new HarnessConfig(name, flowCount, warmup, duration, threads, rate, rounds, sample);
    }

    /**
     * Runs the measurement.
     *
     * @param operation what to measure
     * @return the result
     * @throws IllegalArgumentException naming a configuration value out of range
     */
    public HarnessResult run(FlowOperation operation) {
      HarnessConfig c = config();
      for (TimedAction e : events) {
        if (e.offset().isNegative() || e.offset().compareTo(c.duration()) >= 0) {
          throw new IllegalArgumentException(
              "an event must fall within the duration (" + c.duration() + "): " + e.offset());
        }
      }
      return new Harness(c, events).run(operation);
    }
  }

  /** An action at a time in the recorded period. */
  private record TimedAction(Duration offset, Runnable action) {}

  /**
   * Runs the measurement.
   *
   * @param operation what to measure
   * @return the result
   */
  public HarnessResult run(FlowOperation operation) {
    int intervals = (int) Math.max(1, config.duration().toNanos() / config.interval().toNanos());
    Histogram corrected = histogram();
    Histogram uncorrected = histogram();
    double[][] latency = new double[config.rounds()][];
    double[][] throughput = new double[config.rounds()][];
    List<List<IntervalStats>> timeline = new ArrayList<>();
    long errors = 0;
    long operations = 0;
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemon());
    AtomicLong next = new AtomicLong(); // the flows go round-robin over the whole measurement
    try {
      for (int r = 0; r < config.rounds(); r++) {
        if (!config.warmup().isZero()) {
          phase(pool, operation, config.warmup().toNanos(), intervals, next, false);
        }
        List<ThreadRecord> records =
            phase(pool, operation, config.duration().toNanos(), intervals, next, true);
        long[] counts = new long[intervals];
        double[] sums = new double[intervals];
        Histogram[] perInterval = new Histogram[intervals];
        for (int i = 0; i < intervals; i++) {
          perInterval[i] = histogram();
        }
        for (ThreadRecord t : records) {
          corrected.add(t.corrected);
          uncorrected.add(t.uncorrected);
          errors += t.errors;
          for (int i = 0; i < intervals; i++) {
            counts[i] += t.counts[i];
            sums[i] += t.sums[i];
            operations += t.counts[i];
            perInterval[i].add(t.perInterval[i]);
          }
        }
        List<IntervalStats> round = new ArrayList<>();
        double width = config.interval().toNanos() / 1e9;
        for (int i = 0; i < intervals; i++) {
          boolean any = counts[i] > 0;
          round.add(
              new IntervalStats(
                  i * width,
                  counts[i],
                  counts[i] / width,
                  any ? sums[i] / counts[i] / 1e3 : null,
                  any ? perInterval[i].getValueAtPercentile(99) / 1e3 : null));
        }
        timeline.add(round);
        List<Double> lat = new ArrayList<>();
        List<Double> thr = new ArrayList<>();
        double seconds = config.interval().toNanos() / 1e9;
        for (int i = 0; i < intervals; i++) {
          if (counts[i] > 0) {
            lat.add(sums[i] / counts[i] / 1e3);
            thr.add(counts[i] / seconds);
          }
        }
        latency[r] = lat.stream().mapToDouble(Double::doubleValue).toArray();
        throughput[r] = thr.stream().mapToDouble(Double::doubleValue).toArray();
      }
    } finally {
      pool.shutdownNow();
    }
    double recordedSeconds = config.rounds() * (intervals * config.interval().toNanos() / 1e9);
    return new HarnessResult(
        config,
        LatencySummary.of(corrected),
        LatencySummary.of(uncorrected),
        operations / recordedSeconds,
        latency,
        throughput,
        errors,
        timeline);
  }

  /** What one thread recorded in one phase. */
  private static final class ThreadRecord {
    final Histogram corrected = histogram();
    final Histogram uncorrected = histogram();
    final long[] counts;
    final double[] sums;
    final Histogram[] perInterval;
    long errors;

    ThreadRecord(int intervals) {
      counts = new long[intervals];
      sums = new double[intervals];
      perInterval = new Histogram[intervals];
      for (int i = 0; i < intervals; i++) {
        perInterval[i] = histogram();
      }
    }
  }

  private List<ThreadRecord> phase(
      ExecutorService pool,
      FlowOperation op,
      long lengthNanos,
      int intervals,
      AtomicLong next,
      boolean record) {
    int threads = config.threads();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] start = new long[1];
    List<Future<ThreadRecord>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return loop(op, thread, start[0], lengthNanos, intervals, next, record);
              }));
    }
    Thread scheduler = null;
    try {
      ready.await();
      start[0] = System.nanoTime();
      go.countDown();
      if (record && !events.isEmpty()) {
        scheduler = scheduler(start[0]);
      }
      List<ThreadRecord> records = new ArrayList<>();
      for (Future<ThreadRecord> f : futures) {
        records.add(f.get());
      }
      if (scheduler != null) {
        scheduler.join();
      }
      return records;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + config.name(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the harness failed while measuring " + config.name() + ": " + e.getCause(),
          e.getCause());
    }
  }

  /** Starts the thread that runs the events at their times. */
  private Thread scheduler(long start) {
    Thread t =
        new Thread(
            () -> {
              List<TimedAction> ordered =
                  events.stream()
                      .sorted(java.util.Comparator.comparing(TimedAction::offset))
                      .toList();
              for (TimedAction e : ordered) {
                waitUntil(start + e.offset().toNanos());
                e.action().run();
              }
            },
            "mfn-harness-events");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private ThreadRecord loop(
      FlowOperation op,
      int thread,
      long start,
      long lengthNanos,
      int intervals,
      AtomicLong next,
      boolean record) {
    ThreadRecord rec = new ThreadRecord(intervals);
    long end = start + lengthNanos;
    long intervalNanos = lengthNanos / intervals;
    boolean fixed = config.fixedRate();
    double period = fixed ? config.threads() * 1e9 / config.ratePerSecond() : 0;
    double offset = fixed ? thread * 1e9 / config.ratePerSecond() : 0;
    for (long k = 0; ; k++) {
      long intended;
      if (fixed) {
        intended = start + (long) (offset + k * period);
        if (intended >= end) {
          break;
        }
        waitUntil(intended);
      } else {
        intended = System.nanoTime();
        if (intended >= end) {
          break;
        }
      }
      long began = fixed ? System.nanoTime() : intended;
      int flow = (int) Long.remainderUnsigned(next.getAndIncrement(), config.flowCount());
      try {
        op.run(flow);
      } catch (Exception e) {
        rec.errors++;
      }
      long done = System.nanoTime();
      if (record) {
        long experienced = done - intended;
        rec.corrected.recordValue(Math.max(0, experienced));
        rec.uncorrected.recordValue(Math.max(0, done - began));
        int bucket = (int) Math.min(intervals - 1, (intended - start) / intervalNanos);
        rec.counts[bucket]++;
        rec.sums[bucket] += experienced;
        rec.perInterval[bucket].recordValue(Math.max(0, experienced));
      }
    }
    return rec;
  }

  private static void waitUntil(long deadline) {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      if (left > SPIN_NANOS) {
        LockSupport.parkNanos(left - SPIN_NANOS);
      } else {
        Thread.onSpinWait();
      }
    }
  }

  private static Histogram histogram() {
    Histogram h = new Histogram(3);
    h.setAutoResize(true);
    return h;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "mfn-harness");
      t.setDaemon(true);
      return t;
    };
  }
}
