package org.gongkai.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a set of queries from concurrent threads and reports p50, p99 and throughput. */
final class Latencies {

  interface Call {
    void run(String query) throws Exception;
  }

  record Result(String name, int calls, double p50ms, double p99ms, double maxMs, double qps, double cpuMsPerCall) {
    @Override
    public String toString() {
      return String.format("%-44s calls=%6d  p50=%8.2f ms  p99=%8.2f ms  max=%8.2f ms  throughput=%8.1f q/s", name, calls, p50ms, p99ms, maxMs, qps);
    }
  }

  static Result measure(String name, List<String> queries, int threads, int rounds, Call call) throws Exception {
    return measure(name, queries, threads, rounds, true, call);
  }

  static Result measure(String name, List<String> queries, int threads, int rounds, boolean warmUp, Call call) throws Exception {
    if (warmUp) {
      run(queries, threads, 1, call);
    }
    long started = System.nanoTime();
    double cpu0 = cpuSeconds();
    long[] all = run(queries, threads, rounds, call);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = cpuSeconds() - cpu0;
    Arrays.sort(all);
    Result r = new Result(name, all.length, all[(int) (all.length * 0.50)] / 1e6, all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
        all[all.length - 1] / 1e6, all.length / seconds, 1000 * cpu / all.length);
    System.out.println(r + String.format("  (this JVM used %.1f CPU s = %.1f ms CPU per query; %s)", cpu, 1000 * cpu / all.length, load()));
    return r;
  }

  /**
   * Two ways of answering the same queries, measured in the same calls: every thread runs A, then B,
   * for each query, so load from other processes hits both alike. Reports each one's latencies and
   * its CPU time per call (thread CPU time around each call).
   */
  static Result[] measurePair(String nameA, String nameB, List<String> queries, int threads, int rounds, Call a, Call b) throws Exception {
    run(queries, threads, 1, q -> {
      a.run(q);
      b.run(q);
    });
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int n = queries.size() * rounds;
    long[][] times = new long[2][n * threads];
    long[][] cpu = new long[2][threads];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int k = thread * n;
          for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
              String q = queries.get((i + thread * 7) % queries.size());
              long c0 = mx.getCurrentThreadCpuTime();
              long t0 = System.nanoTime();
              a.run(q);
              long t1 = System.nanoTime();
              long c1 = mx.getCurrentThreadCpuTime();
              b.run(q);
              long t2 = System.nanoTime();
              long c2 = mx.getCurrentThreadCpuTime();
              times[0][k] = t1 - t0;
              times[1][k] = t2 - t1;
              cpu[0][thread] += c1 - c0;
              cpu[1][thread] += c2 - c1;
              k++;
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Result[] results = new Result[2];
    String[] names = {nameA, nameB};
    for (int v = 0; v < 2; v++) {
      long[] all = times[v];
      Arrays.sort(all);
      double cpuMs = Arrays.stream(cpu[v]).sum() / 1e6 / all.length;
      results[v] = new Result(names[v], all.length, all[(int) (all.length * 0.50)] / 1e6, all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
          all[all.length - 1] / 1e6, all.length / seconds, cpuMs);
      System.out.println(results[v] + String.format("  (%.2f ms thread CPU per query; measured alternately with the line %s; %s)", cpuMs,
          v == 0 ? "below" : "above", load()));
    }
    return results;
  }

  private static long[] run(List<String> queries, int threads, int rounds, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 7;
        futures.add(pool.submit(() -> {
          long[] times = new long[queries.size() * rounds];
          int k = 0;
          for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
              String q = queries.get((i + offset) % queries.size());
              long start = System.nanoTime();
              call.run(q);
              times[k++] = System.nanoTime() - start;
            }
          }
          return times;
        }));
      }
      List<long[]> parts = new ArrayList<>();
      for (Future<long[]> f : futures) {
        parts.add(f.get());
      }
      return parts.stream().flatMapToLong(Arrays::stream).toArray();
    } finally {
      pool.shutdown();
    }
  }

  /** CPU time of the whole process so far, in seconds (to judge figures on a shared machine). */
  static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  static String load() {
    return String.format("load average %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static String machine() {
    return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
  }
}
