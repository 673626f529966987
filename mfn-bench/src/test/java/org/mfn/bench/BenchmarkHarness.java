package org.mfn.bench;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Sets a benchmark class up the way JMH does, in the test's own thread, so that tests can call its
 * methods and check what they compute: {@code @Param} fields, of the class and of its state
 * objects, get their first declared value (or one given), {@code @State} objects are built and set
 * up at the trial and iteration levels, and {@link #close()} tears everything down in reverse
 * order. Thread-scoped states are made fresh for each call of {@link #newState}, so two methods can
 * be fed from cursors at the same position.
 *
 * <p>Not a benchmark runner: nothing is timed, and only what our benchmarks use is supported (state
 * objects, {@link ThreadParams} as thread 0 of 1).
 *
 * @param <T> the benchmark class
 */
public final class BenchmarkHarness<T> implements AutoCloseable {
  private final T bench;
  private final Map<String, String> params;
  private final List<Object> states = new ArrayList<>();

  private BenchmarkHarness(T bench, Map<String, String> params) {
    this.bench = bench;
    this.params = params;
  }

  /**
   * Builds and sets up a benchmark class.
   *
   * @param type the class
   * @param params values for {@code @Param} fields, overriding the first declared value
   * @param <T> the class
   * @return the harness, set up to the start of an iteration
   * @throws ReflectiveOperationException if the class cannot be built or set up
   */
  public static <T> BenchmarkHarness<T> of(Class<T> type, Map<String, String> params)
      throws ReflectiveOperationException {
    T bench = type.getConstructor().newInstance();
    applyParams(bench, params);
    BenchmarkHarness<T> harness = new BenchmarkHarness<>(bench, params);
    harness.states.add(bench);
    harness.setUp(bench, Level.Trial);
    harness.setUp(bench, Level.Iteration);
    return harness;
  }

  /** Sets an object's {@code @Param} fields: the given value, else the first declared. */
  private static void applyParams(Object target, Map<String, String> params)
      throws IllegalAccessException {
    for (Field field : target.getClass().getFields()) {
      Param param = field.getAnnotation(Param.class);
      if (param != null) {
        String value = params.getOrDefault(field.getName(), param.value()[0]);
        field.set(target, convert(value, field.getType()));
      }
    }
  }

  private static Object convert(String value, Class<?> type) {
    if (type == int.class) {
      return Integer.parseInt(value);
    }
    if (type == long.class) {
      return Long.parseLong(value);
    }
    if (type == double.class) {
      return Double.parseDouble(value);
    }
    if (type == float.class) {
      return Float.parseFloat(value);
    }
    if (type == boolean.class) {
      return Boolean.parseBoolean(value);
    }
    if (type == String.class) {
      return value;
    }
    throw new IllegalArgumentException("unsupported @Param type " + type);
  }

  /** Returns the benchmark object. */
  public T bench() {
    return bench;
  }

  /**
   * Builds a fresh state object and sets it up to the start of an iteration.
   *
   * @param type a {@code @State} class
   * @param <S> the class
   * @return the state
   * @throws ReflectiveOperationException if it cannot be built or set up
   */
  public <S> S newState(Class<S> type) throws ReflectiveOperationException {
    if (type.getAnnotation(State.class) == null) {
      throw new IllegalArgumentException(type + " is not a @State class");
    }
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    S state = constructor.newInstance();
    applyParams(state, params);
    states.add(state);
    setUp(state, Level.Trial);
    setUp(state, Level.Iteration);
    return state;
  }

  /**
   * Calls a benchmark method once with fresh state arguments.
   *
   * @param method the method's name
   * @return what it returned
   * @throws Exception what it threw
   */
  public Object call(String method) throws Exception {
    Method m = benchmarkMethod(method);
    Object[] args = new Object[m.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(m.getParameterTypes()[i]);
    }
    return invoke(m, bench, args);
  }

  /**
   * Calls a benchmark method once with the given arguments.
   *
   * @param method the method's name
   * @param args its arguments (state objects from {@link #newState})
   * @return what it returned
   * @throws Exception what it threw
   */
  public Object call(String method, Object... args) throws Exception {
    return invoke(benchmarkMethod(method), bench, args);
  }

  /**
   * Calls every {@code @Benchmark} method of the class once, in name order.
   *
   * @return each method's result by name
   * @throws Exception what a method threw
   */
  public Map<String, Object> callEveryMethodOnce() throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    for (Method m : benchmarkMethods(bench.getClass())) {
      results.put(m.getName(), call(m.getName()));
    }
    return results;
  }

  /**
   * Ends the iteration (iteration-level tear-downs, as JMH runs them before reading auxiliary
   * counters) and starts the next one.
   *
   * @throws ReflectiveOperationException if a tear-down or setup fails
   */
  public void nextIteration() throws ReflectiveOperationException {
    for (int i = states.size() - 1; i >= 0; i--) {
      tearDown(states.get(i), Level.Iteration);
    }
    for (Object state : states) {
      setUp(state, Level.Iteration);
    }
  }

  /**
   * Lists the {@code @Benchmark} methods of a class, in name order.
   *
   * @param type the class
   * @return its benchmark methods
   */
  public static List<Method> benchmarkMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private Method benchmarkMethod(String name) {
    return benchmarkMethods(bench.getClass()).stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no @Benchmark method " + name));
  }

  private Object argument(Class<?> type) throws ReflectiveOperationException {
    if (type.isInstance(bench)) {
      return bench;
    }
    if (type == ThreadParams.class) {
      return new ThreadParams(0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
    }
    return newState(type);
  }

  private void setUp(Object state, Level level) throws ReflectiveOperationException {
    for (Method m : lifecycle(state.getClass(), Setup.class, level)) {
      Object[] args = new Object[m.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        args[i] = argument(m.getParameterTypes()[i]);
      }
      m.invoke(state, args);
    }
  }

  private void tearDown(Object state, Level level) throws ReflectiveOperationException {
    for (Method m : lifecycle(state.getClass(), TearDown.class, level)) {
      m.invoke(state);
    }
  }

  private static List<Method> lifecycle(
      Class<?> type, Class<? extends Annotation> kind, Level level) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Level declared =
          kind == Setup.class
              ? (m.isAnnotationPresent(Setup.class) ? m.getAnnotation(Setup.class).value() : null)
              : (m.isAnnotationPresent(TearDown.class)
                  ? m.getAnnotation(TearDown.class).value()
                  : null);
      if (declared == level) {
        methods.add(m);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    return methods;
  }

  private static Object invoke(Method m, Object target, Object[] args) throws Exception {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Tears every state down, iteration level then trial level, in reverse order of creation. */
  @Override
  public void close() throws ReflectiveOperationException {
    for (int i = states.size() - 1; i >= 0; i--) {
      tearDown(states.get(i), Level.Iteration);
    }
    for (int i = states.size() - 1; i >= 0; i--) {
      tearDown(states.get(i), Level.Trial);
    }
  }
}
