package org.mfn.layers.alm;

/**
 * A 4-ary min-heap of node ids with their keys stored beside them, indexed by node so that a key
 * can be lowered in place: the priority queue of {@link Dijkstra} and of the routing table's
 * repairs. Grows only when asked for more nodes; clearing is {@code O(1)}. Not thread-safe.
 */
final class IndexedHeap {
  private static final int ARITY = 4;

  private int[] nodes = new int[0];
  private double[] keys = new double[0];
  private int[] position = new int[0]; // valid only while the node is in the heap
  private int size;

  /** Makes room for nodes {@code 0 .. capacity-1} and empties the heap. */
  void reset(int capacity) {
    if (position.length < capacity) {
      nodes = new int[capacity];
      keys = new double[capacity];
      position = new int[capacity];
    }
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds a node that is not in the heap. */
  void insert(int node, double key) {
    nodes[size] = node;
    keys[size] = key;
    position[node] = size;
    siftUp(size++);
  }

  /** Lowers the key of a node that is in the heap. */
  void decrease(int node, double key) {
    int i = position[node];
    keys[i] = key;
    siftUp(i);
  }

  /** Tells whether a node is in the heap now. */
  boolean contains(int node) {
    int i = position[node];
    return i < size && nodes[i] == node;
  }

  /** Removes and returns the node with the least key. */
  int pop() {
    int top = nodes[0];
    if (--size > 0) {
      nodes[0] = nodes[size];
      keys[0] = keys[size];
      position[nodes[0]] = 0;
      siftDown(0);
    }
    return top;
  }

  private void siftUp(int i) {
    int node = nodes[i];
    double key = keys[i];
    while (i > 0) {
      int p = (i - 1) / ARITY;
      if (keys[p] <= key) {
        break;
      }
      nodes[i] = nodes[p];
      keys[i] = keys[p];
      position[nodes[i]] = i;
      i = p;
    }
    nodes[i] = node;
    keys[i] = key;
    position[node] = i;
  }

  private void siftDown(int i) {
    int node = nodes[i];
    double key = keys[i];
    while (true) {
      int first = ARITY * i + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      double bestKey = keys[first];
      for (int c = first + 1, end = Math.min(first + ARITY, size); c < end; c++) {
        if (keys[c] < bestKey) {
          best = c;
          bestKey = keys[c];
        }
      }
      if (bestKey >= key) {
        break;
      }
      nodes[i] = nodes[best];
      keys[i] = bestKey;
      position[nodes[i]] = i;
      i = best;
    }
    nodes[i] = node;
    keys[i] = key;
    position[node] = i;
  }
}
