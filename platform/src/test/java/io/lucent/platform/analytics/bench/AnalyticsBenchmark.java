package io.lucent.platform.analytics.bench;

import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark (a main, not a test): generates a sales dataset of {@code rows} lines (default 2,000,000: 5,000
 * products in 50 categories over two years, with seasonality and trends) and its inventory, uploads both to a
 * local-mode server, then calls every analytics endpoint once cold (computed) and {@value #CACHED_RUNS} times
 * cached, and prints the latencies (the first request on the data also builds the product-month table later
 * whole-data requests share) with the process CPU time they took (cached: the mean per request), plus one
 * insight generation, with the machine's load average before and after. Run it with
 * {@code platform/bench/analytics-bench.sh [rows]} from the checkout.
 */
public final class AnalyticsBenchmark {

    static final int CACHED_RUNS = 50;
    static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path work = Files.createTempDirectory("lucent-analytics-bench");
        Path sales = work.resolve("sales.csv");
        long started = System.nanoTime();
        int products = generate(sales, rows);
        Path inventory = work.resolve("inventory.csv");
        inventory(inventory, products);
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d bytes) in %.1f s%n", rows, Files.size(sales), seconds(started));
        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, work.resolve("data"), TestPlugins.copyBundled(work.resolve("plugins")),
                null, null)) {
            started = System.nanoTime();
            String salesId = upload(server, sales);
            System.out.printf(Locale.ROOT, "uploaded and converted to Parquet in %.1f s%n", seconds(started));
            String inventoryId = upload(server, inventory);
            String base = "/api/v1/analytics/" + salesId;
            List<String> endpoints = List.of("/best-sellers?by=quantity", "/best-sellers?by=revenue", "/revenue-contribution", "/seasonality",
                    "/inventory-velocity?inventoryDatasetId=" + inventoryId, "/dead-stock?inventoryDatasetId=" + inventoryId, "/profitability",
                    "/trends", "/trends?category=Category%2007&from=2024-01-01&to=2024-12-31");
            System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
            System.out.printf(Locale.ROOT, "%-58s %9s %9s %11s %11s %11s %11s%n", "endpoint", "cold ms", "cold cpu", "cached p50", "cached p95",
                    "cached max", "cached cpu");
            for (String endpoint : endpoints) {
                long cpu = processCpuNanos();
                double cold = time(server, base + endpoint);
                double coldCpu = (processCpuNanos() - cpu) / 1e6;
                double[] cached = new double[CACHED_RUNS];
                cpu = processCpuNanos();
                for (int i = 0; i < CACHED_RUNS; i++) {
                    cached[i] = time(server, base + endpoint);
                }
                double cachedCpu = (processCpuNanos() - cpu) / 1e6 / CACHED_RUNS;
                Arrays.sort(cached);
                System.out.printf(Locale.ROOT, "%-58s %9.1f %9.1f %11.2f %11.2f %11.2f %11.2f%n", endpoint.replace(inventoryId, "INV"), cold, coldCpu,
                        cached[CACHED_RUNS / 2], cached[(int) Math.ceil(CACHED_RUNS * 0.95) - 1], cached[CACHED_RUNS - 1], cachedCpu);
            }
            started = System.nanoTime();
            Response generated = server.request("/api/v1/insights/" + salesId + "/generate")
                    .post(Entity.json(Map.of("inventoryDatasetId", inventoryId)));
            Map<String, Object> body = generated.readEntity(JSON);
            System.out.printf(Locale.ROOT, "insights generate (HTTP %d): %.1f s, %d insights%n", generated.getStatus(), seconds(started),
                    ((List<?>) ((Map<?, ?>) body.get("set")).get("insights")).size());
            started = System.nanoTime();
            server.request("/api/v1/insights/" + salesId + "/generate").post(Entity.json(Map.of("inventoryDatasetId", inventoryId)))
                    .readEntity(String.class);
            System.out.printf(Locale.ROOT, "insights generate again (reused): %.1f ms%n", seconds(started) * 1000);
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
        } finally {
            deleteRecursively(work);
        }
    }

    private static double time(LucentTestServer server, String path) {
        long start = System.nanoTime();
        Response response = server.request(path).get();
        String body = response.readEntity(String.class);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + response.getStatus() + ": " + body);
        }
        return ms;
    }

    private static String upload(LucentTestServer server, Path file) throws IOException {
        String boundary = "----lucent-bench";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(file));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response response = server.request("/api/v1/datasets").post(Entity.entity(out.toByteArray(), "multipart/form-data; boundary=" + boundary));
        Map<String, Object> body = response.readEntity(JSON);
        if (response.getStatus() != 201) {
            throw new IllegalStateException("upload failed: " + body);
        }
        return (String) body.get("id");
    }

    /** Writes the sales CSV and returns the number of products. */
    static int generate(Path file, int rows) throws IOException {
        int products = 5_000;
        int categories = 50;
        int days = 730;
        LocalDate start = LocalDate.of(2023, 1, 1);
        SplittableRandom random = new SplittableRandom(42);
        double[] price = new double[products];
        double[] popularity = new double[products];
        double[] growth = new double[products];
        int[] peak = new int[products];
        for (int p = 0; p < products; p++) {
            price[p] = Math.round((2 + random.nextDouble() * 200) * 100) / 100.0;
            popularity[p] = Math.pow(random.nextDouble(), 3);
            growth[p] = random.nextDouble(-0.5, 0.8);
            peak[p] = 1 + random.nextInt(12);
        }
        double[] cumulative = new double[products];
        double sum = 0;
        for (int p = 0; p < products; p++) {
            sum += popularity[p];
            cumulative[p] = sum;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,sku,name,category,qty,price,unit_cost\n");
            for (int r = 0; r < rows; r++) {
                int p = Math.min(products - 1, Math.abs(Arrays.binarySearch(cumulative, random.nextDouble() * sum) + 1));
                int d = random.nextInt(days);
                LocalDate day = start.plusDays(d);
                double seasonal = 1 + 0.6 * Math.cos(2 * Math.PI * (day.getMonthValue() - peak[p]) / 12.0);
                double trend = 1 + growth[p] * d / days;
                if (random.nextDouble() * 3.2 > seasonal * trend) {
                    d = random.nextInt(days);
                    day = start.plusDays(d);
                }
                int qty = 1 + random.nextInt(5);
                out.write(day + ",SKU" + p + ",Product " + p + ",Category " + String.format(Locale.ROOT, "%02d", p % categories) + "," + qty + ","
                        + price[p] + "," + Math.round(price[p] * (0.55 + 0.4 * ((p * 7919) % 100) / 100.0) * 100) / 100.0 + "\n");
            }
        }
        return products;
    }

    static void inventory(Path file, int products) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("sku,stock_on_hand\n");
            for (int p = 0; p < products; p++) {
                out.write("SKU" + p + "," + random.nextInt(0, 400) + "\n");
            }
        }
    }

    /**
     * CPU time of this process (server, client and DuckDB threads alike), which other processes' load does not
     * inflate the way it does wall time.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Removes the generated files and the server's data directory. */
    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
