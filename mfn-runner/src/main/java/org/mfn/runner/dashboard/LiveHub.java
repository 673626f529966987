package org.mfn.runner.dashboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The live view's state: the events of the current run, replayed to a page that connects mid-run,
 * and the connected pages, to which every new event is sent.
 *
 * <p>A {@code run-started} event clears the replay buffer; the buffer keeps the last {@value
 * #REPLAY_LIMIT} events of a run (a page that connects later sees the run's start and its recent
 * past). A page whose send fails is dropped. Thread-safe: events arrive on request threads, pages
 * connect and leave on WebSocket threads.
 */
final class LiveHub {
  /** Events kept for pages that connect mid-run. */
  static final int REPLAY_LIMIT = 5_000;

  private final Deque<String> replay = new ArrayDeque<>();
  private final Map<String, Consumer<String>> pages = new ConcurrentHashMap<>();
  private String runStarted;
  private long events;

  /**
   * Adds a page and sends it the current run's events so far.
   *
   * @param id the page's session id
   * @param send how to send it a message
   */
  synchronized void connect(String id, Consumer<String> send) {
    List<String> past = new ArrayList<>();
    if (runStarted != null && !replay.contains(runStarted)) {
      past.add(runStarted);
    }
    past.addAll(replay);
    for (String event : past) {
      send.accept(event);
    }
    pages.put(id, send);
  }

  /** Removes a page (it closed or failed). */
  void disconnect(String id) {
    pages.remove(id);
  }

  /**
   * Records an event and sends it to every page.
   *
   * @param type the event's type
   * @param json the event, a JSON object
   */
  synchronized void publish(String type, String json) {
    if ("run-started".equals(type)) {
      replay.clear();
      runStarted = json;
    }
    replay.addLast(json);
    while (replay.size() > REPLAY_LIMIT) {
      replay.removeFirst();
    }
    events++;
    for (Map.Entry<String, Consumer<String>> page : pages.entrySet()) {
      try {
        page.getValue().accept(json);
      } catch (RuntimeException e) {
        pages.remove(page.getKey());
      }
    }
  }

  /** Returns the connected pages. */
  int pages() {
    return pages.size();
  }

  /** Returns the events received since the server started. */
  synchronized long events() {
    return events;
  }
}
