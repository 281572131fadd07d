package io.lucent.platform.forecasting.runs;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginHost;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch throughput of the forecasting workflow against the engine called directly (a benchmark, not a test):
 * N monthly series (default 1,000, 72 months, seeded trend, yearly season and noise) forecast 12 months ahead
 * with {@code auto}, once by calling the method in a loop on all cores, once as a batch through REST
 * (upload, job, per-entity tasks, stored results) on a local-mode server with one worker thread per core.
 * Both are warmed up first, then run in alternating rounds (default 2). Prints wall time, entities per second and
 * process CPU time per round, and the workflow's overhead. Run with
 * {@code platform/bench/forecast-batch-bench.sh [ENTITIES] [ROUNDS]}.
 */
public final class ForecastBatchBenchmark {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final int MONTHS = 72;
    private static final int HORIZON = 12;
    /**
     * How often the benchmark asks for the batch's status: often enough to time a batch of tens of seconds to
     * within a fraction of a percent, rarely enough that the asking (HTTP, authentication, three queries, JSON on
     * both sides, about 2 ms of CPU per poll) does not take the cores the batch runs on, as a client's every-20-ms
     * loop did (about 6% of a 2-core machine). The direct loop waits on its futures at no cost.
     */
    private static final long STATUS_POLL_MILLIS = 100;

    private ForecastBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        List<double[]> series = generate(entities, 7);
        Path temp = Files.createTempDirectory("lucent-forecast-bench");
        Path plugins = TestPlugins.copyBundled(temp.resolve("plugins"));

        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        double[] directWall = new double[rounds];
        double[] directCpu = new double[rounds];
        double[] workflowWall = new double[rounds];
        double[] workflowCpu = new double[rounds];
        try (PluginHost host = PluginHost.start(plugins, temp.resolve("direct-cache"), Set.of());
             LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), plugins, null, null,
                     ConfigOverride.config("jobs.workerThreads", Integer.toString(threads)),
                     ConfigOverride.config("tenancy.plans.local.maxRowsPerDataset", "100000000"))) {
            ForecastMethod auto = host.registry().find(ExtensionKind.FORECAST_METHOD, "auto", ForecastMethod.class).orElseThrow();
            PluginContexts contexts = new PluginContexts(Clock.systemUTC(), Mode.LOCAL);
            directLoop(auto, contexts, generate(Math.min(100, entities), 11), threads);
            runBatch(server, CsvUpload.dataset(server, "warm-up.csv", csv(generate(Math.min(100, entities), 11))));
            String dataset = CsvUpload.dataset(server, "bench.csv", csv(series));
            // Alternating rounds, so a change in the machine's load hits both paths alike; CPU time of this process
            // (the server runs in it) measures the work itself, whatever else the machine does.
            for (int round = 0; round < rounds; round++) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                directLoop(auto, contexts, series, threads);
                directWall[round] = (System.nanoTime() - start) / 1e9;
                directCpu[round] = (processCpuNanos() - cpu) / 1e9;
                cpu = processCpuNanos();
                workflowWall[round] = runBatch(server, dataset);
                workflowCpu[round] = (processCpuNanos() - cpu) / 1e9;
            }
        }
        double direct = mean(directWall);
        double workflow = mean(workflowWall);

        System.out.println();
        System.out.println("Forecast batch benchmark: " + entities + " monthly series x " + MONTHS + " months, auto, horizon " + HORIZON
                + ", " + threads + " cores");
        System.out.println("| path | round | wall seconds | entities per second | process CPU seconds |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 0; round < rounds; round++) {
            System.out.printf(Locale.ROOT, "| engine called directly in a loop (%d threads) | %d | %.2f | %.1f | %.1f |%n", threads, round + 1,
                    directWall[round], entities / directWall[round], directCpu[round]);
            System.out.printf(Locale.ROOT, "| workflow: REST batch, job tasks, stored results | %d | %.2f | %.1f | %.1f |%n", round + 1,
                    workflowWall[round], entities / workflowWall[round], workflowCpu[round]);
        }
        System.out.printf(Locale.ROOT, "Mean wall: direct %.2f s (%.1f entities/s), workflow %.2f s (%.1f entities/s)%n", direct, entities / direct,
                workflow, entities / workflow);
        System.out.printf(Locale.ROOT, "Workflow overhead: wall %+.1f%%, CPU %+.1f%% (goal: at most 20%%)%n", 100 * (workflow / direct - 1),
                100 * (mean(workflowCpu) / mean(directCpu) - 1));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Submits a batch of every entity and waits for it; returns the seconds from submission to completion. */
    private static double runBatch(LucentTestServer server, String dataset) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Object> queued = server.request("/api/v1/forecast/batch")
                .post(Entity.json(Map.of("datasetId", dataset, "method", "auto", "horizon", HORIZON)), JSON);
        String id = (String) queued.get("id");
        while (true) {
            Map<String, Object> status = server.request("/api/v1/forecast/status/" + id).get(JSON);
            String state = (String) status.get("state");
            if (!state.equals("queued") && !state.equals("running")) {
                if (!state.equals("completed") || ((Number) status.get("failed")).intValue() > 0) {
                    throw new IllegalStateException("The batch ended badly: " + status);
                }
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(STATUS_POLL_MILLIS);
        }
    }

    private static void directLoop(ForecastMethod method, PluginContexts contexts, List<double[]> series, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<LocalDateTime> months = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                months.add(LocalDate.of(2019, 1, 1).plusMonths(m).atStartOfDay());
            }
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                double[] values = series.get(i);
                String id = "E" + i;
                futures.add(pool.submit(() -> method.forecast(new ForecastRequest(new TimeSeries(id, values, months, Frequency.MONTHLY, 12),
                        HORIZON, List.of(80.0, 95.0)), contexts.forCall(TenantContext.LOCAL, method, Map.of()))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<double[]> generate(int count, long seed) {
        Random random = new Random(seed);
        List<double[]> all = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            double level = 50 + random.nextDouble() * 500;
            double trend = random.nextGaussian() * 0.01 * level;
            double season = random.nextDouble() * 0.3 * level;
            double noise = 0.05 + random.nextDouble() * 0.15;
            double[] values = new double[MONTHS];
            for (int m = 0; m < MONTHS; m++) {
                double value = level + trend * m + season * Math.sin(2 * Math.PI * m / 12) + random.nextGaussian() * noise * level;
                values[m] = Math.max(0, Math.round(value * 100) / 100.0);
            }
            all.add(values);
        }
        return all;
    }

    private static byte[] csv(List<double[]> series) {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Volume\n");
        for (int e = 0; e < series.size(); e++) {
            for (int m = 0; m < MONTHS; m++) {
                csv.append(LocalDate.of(2019, 1, 1).plusMonths(m)).append(",E").append(String.format(Locale.ROOT, "%04d", e)).append(',')
                        .append(series.get(e)[m]).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
