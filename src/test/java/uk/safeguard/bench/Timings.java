package uk.safeguard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timing and percentiles for the benchmarks: nearest-rank percentiles over nanosecond samples, a sequential
 * warm-up-then-measure loop, and a thread-safe recorder for the concurrent mix. Figures are only ever computed from
 * what was measured; nothing here knows a target.
 */
final class Timings {
    private Timings() {}

    /** One measured operation: its samples in milliseconds, and requests per second over the wall time it took. */
    record Stats(String name, int n, double p50, double p95, double p99, double max, double perSecond, long errors) {
        static Stats of(String name, long[] nanos, double wallSeconds, long errors) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(name, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                    wallSeconds > 0 ? sorted.length / wallSeconds : Double.NaN, errors);
        }

        String line() {
            return String.format(Locale.ROOT, "%-46s n=%5d p50=%8.2fms p95=%8.2fms p99=%8.2fms max=%8.2fms %8.1f req/s%s",
                    name, n, p50, p95, p99, max, perSecond, errors > 0 ? "  ERRORS=" + errors : "");
        }
    }

    /** Nearest-rank percentile of sorted nanosecond samples, in milliseconds (NaN when there are none). */
    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }

    /** An operation that is told which sample it is (so it can vary its input) and says whether it succeeded. */
    @FunctionalInterface
    interface Operation {
        boolean run(int i) throws Exception;
    }

    /**
     * {@code warmUp} untimed calls, then {@code n} timed ones, one after another. Throughput is {@code n} over the wall
     * time of the timed calls. A call that throws or answers false counts as an error (and is still timed).
     */
    static Stats sequential(String name, int warmUp, int n, Operation op) {
        long errors = 0;
        for (int i = 0; i < warmUp; i++) {
            try {
                op.run(i);
            } catch (Exception e) {
                // warm-up failures show up again in the timed calls
            }
        }
        long[] nanos = new long[n];
        long wallStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = op.run(warmUp + i);
            } catch (Exception e) {
                ok = false;
            }
            nanos[i] = System.nanoTime() - start;
            if (!ok) {
                errors++;
            }
        }
        return Stats.of(name, nanos, (System.nanoTime() - wallStart) / 1e9, errors);
    }

    /**
     * Samples from many threads, per operation name. A request counts when it started inside the window, however long
     * it took (so a stall shows up as long requests instead of vanishing from the figures).
     */
    static final class Recorder {
        private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final long windowStart;
        private final long windowEnd;

        Recorder(long windowStartNanos, long windowEndNanos) {
            this.windowStart = windowStartNanos;
            this.windowEnd = windowEndNanos;
        }

        void record(String op, long startNanos, long endNanos, boolean ok) {
            if (startNanos < windowStart || startNanos >= windowEnd) {
                return;
            }
            List<Long> list = samples.computeIfAbsent(op, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
            list.add(endNanos - startNanos);
            if (!ok) {
                errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
            }
        }

        /** Per operation (sorted by name), with throughput over the window; plus "all" for the whole mix. */
        Map<String, Stats> stats() {
            double seconds = (windowEnd - windowStart) / 1e9;
            Map<String, Stats> out = new TreeMap<>();
            List<Long> all = new ArrayList<>();
            long allErrors = 0;
            for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
                long[] nanos;
                synchronized (e.getValue()) {
                    nanos = e.getValue().stream().mapToLong(Long::longValue).toArray();
                    all.addAll(e.getValue());
                }
                long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
                allErrors += err;
                out.put(e.getKey(), Stats.of(e.getKey(), nanos, seconds, err));
            }
            out.put("~all", Stats.of("whole mix", all.stream().mapToLong(Long::longValue).toArray(), seconds, allErrors));
            return out;
        }
    }
}
