package io.lucent.platform.forecasting.bench;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.platform.plugins.HostPluginContext;
import java.time.Clock;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs forecasting methods over a benchmark directory and scores them.
 *
 * <p>Each (series, method) pair is one task on a pool with one thread per core; its time is the CPU time of
 * its own thread, so summed seconds are single-core seconds and do not depend on other load on the machine. Naive2 is always run (it is the OWA reference). A
 * method that throws on a series is scored with the naive forecast and counted as a failure.
 */
public final class ForecastBenchmark {

    /** The methods run when none are given. */
    public static final List<String> DEFAULT_METHODS = List.of("naive2", "ets", "arima", "theta", "auto");

    private static final List<Double> LEVELS = List.of(80.0, 95.0);
    private static final System.Logger LOGGER = System.getLogger("io.lucent.bench");

    private final int threads;

    /** A benchmark using every available core. */
    public ForecastBenchmark() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * A benchmark with a given parallelism.
     *
     * @param threads worker threads, at least 1
     */
    public ForecastBenchmark(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs the benchmark.
     *
     * @param dataDir   the directory with {@code train.csv}, {@code test.csv} and {@code info.csv}
     * @param methodIds the methods to run; ids the lookup cannot resolve are reported and skipped
     * @param lookup    resolves a method id to the method, returning null (or throwing) when unknown
     * @param out       where to write per-series rows, if anywhere
     * @param console   where to print progress and the tables
     * @return the summary
     * @throws IOException if the data cannot be read or the output written
     */
    public BenchSummary run(Path dataDir, List<String> methodIds, Function<String, ForecastMethod> lookup,
                            Optional<Path> out, PrintStream console) throws IOException {
        return run(dataDir, methodIds, lookup, out, Optional.empty(), console);
    }

    /**
     * Another tool's results to print side by side with ours.
     *
     * @param results the reference's per-series results
     * @param pairs   our method id to the reference's name of the same method
     */
    public record Reference(ReferenceResults results, Map<String, String> pairs) {

        /** The reference, with the pairs copied. */
        public Reference {
            pairs = Map.copyOf(pairs);
        }
    }

    /**
     * Runs the benchmark and, when a reference is given, prints our results side by side with it.
     *
     * @param dataDir   the directory with {@code train.csv}, {@code test.csv} and {@code info.csv}
     * @param methodIds the methods to run; ids the lookup cannot resolve are reported and skipped
     * @param lookup    resolves a method id to the method, returning null (or throwing) when unknown
     * @param out       where to write per-series rows, if anywhere
     * @param reference another tool's results on the same series, if any
     * @param console   where to print progress and the tables
     * @return the summary
     * @throws IOException if the data cannot be read or the output written
     */
    public BenchSummary run(Path dataDir, List<String> methodIds, Function<String, ForecastMethod> lookup,
                            Optional<Path> out, Optional<Reference> reference, PrintStream console)
            throws IOException {
        List<BenchSeries> series = BenchDataReader.read(dataDir);
        Map<String, ForecastMethod> methods = resolve(methodIds, lookup, console);
        console.printf(Locale.ROOT, "Benchmark %s: %d series, methods %s, %d threads%n", dataDir, series.size(),
                methods.keySet(), threads);
        long start = System.nanoTime();
        List<SeriesScore> scores = score(series, methods);
        double wall = (System.nanoTime() - start) / 1e9;
        List<String> order = new ArrayList<>(methods.keySet());
        BenchSummary summary = BenchSummary.of(scores, order);
        console.printf(Locale.ROOT, "Wall time %.1f s on %d threads%n%n", wall, threads);
        summary.print(console);
        if (out.isPresent()) {
            write(out.get(), scores);
            console.println("Per-series rows written to " + out.get());
        }
        if (reference.isPresent()) {
            console.println();
            ReferenceComparison.of(scores, order, reference.get().results(), reference.get().pairs())
                    .print(console, reference.get().results().file().toString());
        }
        return summary;
    }

    private static Map<String, ForecastMethod> resolve(List<String> ids, Function<String, ForecastMethod> lookup,
                                                      PrintStream console) {
        Map<String, ForecastMethod> out = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>();
        wanted.add(BenchSummary.NAIVE2);
        wanted.addAll(ids);
        for (String id : wanted) {
            if (out.containsKey(id)) {
                continue;
            }
            ForecastMethod method;
            try {
                method = lookup.apply(id);
            } catch (RuntimeException e) {
                method = null;
            }
            if (method == null) {
                console.println("Method '" + id + "' is not available; skipped"
                        + (id.equals(BenchSummary.NAIVE2) ? " (OWA cannot be computed)" : ""));
            } else {
                out.put(id, method);
            }
        }
        return out;
    }

    private List<SeriesScore> score(List<BenchSeries> series, Map<String, ForecastMethod> methods) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SeriesScore>> futures = new ArrayList<>();
            for (BenchSeries s : series) {
                for (Map.Entry<String, ForecastMethod> m : methods.entrySet()) {
                    futures.add(pool.submit(() -> scoreOne(s, m.getKey(), m.getValue())));
                }
            }
            List<SeriesScore> scores = new ArrayList<>(futures.size());
            for (Future<SeriesScore> f : futures) {
                scores.add(f.get());
            }
            return scores;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("benchmark task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Forecasts and scores one series with one method.
     *
     * @param s      the series
     * @param id     the method id
     * @param method the method
     * @return the score
     */
    static SeriesScore scoreOne(BenchSeries s, String id, ForecastMethod method) {
        TimeSeries ts = new TimeSeries(s.id(), s.train(), List.of(), frequency(s.frequency()), s.seasonalPeriod());
        ForecastRequest request = new ForecastRequest(ts, s.horizon(), LEVELS);
        HostPluginContext context = new HostPluginContext(LOGGER, Clock.systemUTC(), method.settingsSchema().validate(Map.of()),
                "bench", Mode.LOCAL, ProgressReporter.NONE, () -> false);
        double[] point;
        double[][] i80 = null;
        double[][] i95 = null;
        String status;
        String detail = "";
        long t0 = cpuNanos();
        try {
            ForecastResult result = method.forecast(request, context);
            double seconds = (cpuNanos() - t0) / 1e9;
            point = result.point();
            Optional<PredictionInterval> p80 = result.interval(80.0);
            Optional<PredictionInterval> p95 = result.interval(95.0);
            if (p80.isPresent() && p95.isPresent()) {
                i80 = new double[][] {p80.get().lower(), p80.get().upper()};
                i95 = new double[][] {p95.get().lower(), p95.get().upper()};
            }
            status = result.summary().fallback().isPresent() ? "fallback" : "ok";
            detail = result.summary().fallback().orElse("");
            return measure(s, id, point, i80, i95, seconds, status, detail);
        } catch (RuntimeException e) {
            double seconds = (cpuNanos() - t0) / 1e9;
            point = new double[s.horizon()];
            Arrays.fill(point, lastFinite(s.train()));
            return measure(s, id, point, null, null, seconds, "failed", String.valueOf(e));
        }
    }

    private static SeriesScore measure(BenchSeries s, String id, double[] point, double[][] i80, double[][] i95,
                                       double seconds, String status, String detail) {
        double scale = AccuracyMeasures.maseScale(s.train(), s.seasonalPeriod());
        double[] y = s.test();
        double smape = AccuracyMeasures.smape(y, point);
        double mase = AccuracyMeasures.mase(y, point, scale);
        double cov80 = i80 == null ? Double.NaN : AccuracyMeasures.coverage(y, i80[0], i80[1]);
        double cov95 = i95 == null ? Double.NaN : AccuracyMeasures.coverage(y, i95[0], i95[1]);
        double msis = i95 == null ? Double.NaN : AccuracyMeasures.msis(y, i95[0], i95[1], 0.05, scale);
        return new SeriesScore(s.id(), s.frequency(), id, smape, mase, cov80, cov95, msis, seconds, status, detail);
    }

    /**
     * The CPU time of the current thread, so that a task's seconds are its single-core cost even when other
     * work shares the machine; wall-clock time where the JVM cannot measure thread CPU time.
     */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static double lastFinite(double[] x) {
        for (int i = x.length - 1; i >= 0; i--) {
            if (Double.isFinite(x[i])) {
                return x[i];
            }
        }
        return 0;
    }

    private static Frequency frequency(String name) {
        try {
            return Frequency.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Frequency.OTHER;
        }
    }

    private static void write(Path file, List<SeriesScore> scores) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("series_id,method,smape,mase,cov80,cov95,msis,seconds,status");
            w.newLine();
            for (SeriesScore s : scores) {
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%.6f,%s", s.seriesId(), s.method(),
                        csv(s.smape()), csv(s.mase()), csv(s.cov80()), csv(s.cov95()), csv(s.msis()), s.seconds(),
                        s.status()));
                w.newLine();
            }
        }
    }

    private static String csv(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
