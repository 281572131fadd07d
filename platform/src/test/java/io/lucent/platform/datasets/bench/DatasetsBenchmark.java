package io.lucent.platform.datasets.bench;

import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datasets benchmark (not a unit test; run {@code platform/bench/datasets-bench.sh}): generates a CSV of N rows and
 * 8 columns, uploads it to a real local-mode server through REST and times upload-to-queryable, loads the same
 * file with DuckDB's {@code read_csv} directly in the same run, and prints both, their ratio (in wall time and in
 * process CPU time, which a busy machine disturbs less), the peak heap, and the median latency of previews and of
 * the cached summary.
 */
public final class DatasetsBenchmark {

    private static final String BOUNDARY = "----lucent-bench-boundary";

    private DatasetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path work = Files.createTempDirectory("lucent-datasets-bench");
        Path csv = work.resolve("sales.csv");
        long t0 = System.nanoTime();
        generate(csv, rows);
        System.out.printf(Locale.ROOT, "Generated %,d rows x 8 columns, %,d bytes in %.2f s%n", rows, Files.size(csv), seconds(t0));

        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, work.resolve("data"),
                TestPlugins.copyBundled(work.resolve("plugins")), null, null,
                io.dropwizard.testing.ConfigOverride.config("datasets.seedSample", "false"))) {
            HttpClient http = HttpClient.newHttpClient();
            warmUp(http, server);
            resetPeaks();
            long startCpu = processCpu();
            long start = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> multipart(csv))).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("upload failed: " + created.statusCode() + " " + created.body());
            }
            String id = field(created.body(), "id");
            get(http, server, "/api/v1/datasets/" + id + "/preview?limit=100");
            double rest = seconds(start);
            double restCpu = (processCpu() - startCpu) / 1e9;
            long peakHeap = peakHeap();

            long duckCpuStart = processCpu();
            double duck = duckDbLoad(csv);
            double duckCpu = (processCpu() - duckCpuStart) / 1e9;

            List<Double> previews = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 41; i++) {
                long s = System.nanoTime();
                get(http, server, "/api/v1/datasets/" + id + "/preview?limit=100&offset=" + random.nextInt(rows - 100));
                previews.add(millis(s));
            }
            long s = System.nanoTime();
            get(http, server, "/api/v1/datasets/" + id + "/summary");
            double coldSummary = millis(s);
            List<Double> summaries = new ArrayList<>();
            for (int i = 0; i < 41; i++) {
                s = System.nanoTime();
                get(http, server, "/api/v1/datasets/" + id + "/summary");
                summaries.add(millis(s));
            }
            System.out.println();
            System.out.println("| Measure | Value | Goal |");
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| Upload to queryable through REST (s) | %.2f | |%n", rest);
            System.out.printf(Locale.ROOT, "| DuckDB read_csv of the same file into a table (s) | %.2f | |%n", duck);
            System.out.printf(Locale.ROOT, "| Ratio REST / DuckDB | %.2f | <= 1.5 |%n", rest / duck);
            System.out.printf(Locale.ROOT, "| Process CPU: REST %.2f s, DuckDB %.2f s, ratio | %.2f | |%n", restCpu, duckCpu, restCpu / duckCpu);
            System.out.printf(Locale.ROOT, "| Load average (1 min) at the end | %.2f | |%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "| Peak heap during the upload (MB, -Xmx %d MB) | %d | <= 512 |%n",
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
            System.out.printf(Locale.ROOT, "| Preview, 100 rows at a random offset, median (ms) | %.1f | < 50 |%n", median(previews));
            System.out.printf(Locale.ROOT, "| Summary, first (computed) (ms) | %.1f | |%n", coldSummary);
            System.out.printf(Locale.ROOT, "| Summary, cached, median (ms) | %.1f | < 20 |%n", median(summaries));
        } finally {
            deleteTree(work);
        }
    }

    private static void generate(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        String[] stores = {"North", "South", "East", "West", "Central", "Online"};
        String[] categories = {"Grocery", "Home", "Garden", "Toys", "Apparel", "Electronics", "Sports", "Books"};
        LocalDate start = LocalDate.of(2022, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,store,sku,category,units,price,revenue,promo\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                int units = 1 + random.nextInt(40);
                double price = (50 + random.nextInt(9950)) / 100.0;
                line.setLength(0);
                line.append(start.plusDays(i % 1096)).append(',').append(stores[random.nextInt(stores.length)]).append(",SKU-")
                        .append(10000 + random.nextInt(5000)).append(',').append(categories[random.nextInt(categories.length)]).append(',')
                        .append(units).append(',').append(price).append(',').append(Math.round(units * price * 100) / 100.0).append(',')
                        .append(random.nextInt(10) == 0).append('\n');
                out.append(line);
            }
        }
    }

    private static InputStream multipart(Path csv) {
        try {
            byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sales.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), Files.newInputStream(csv),
                    new ByteArrayInputStream(tail))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void warmUp(HttpClient http, LucentTestServer server) throws Exception {
        Path small = Files.createTempFile("warm", ".csv");
        try {
            generate(small, 20_000);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> multipart(small))).build(), HttpResponse.BodyHandlers.ofString());
            String id = field(response.body(), "id");
            get(http, server, "/api/v1/datasets/" + id + "/summary");
            http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } finally {
            Files.deleteIfExists(small);
        }
    }

    private static double duckDbLoad(Path csv) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE sales AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "')");
            return seconds(start);
        }
    }

    private static String get(HttpClient http, LucentTestServer server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** CPU time of the whole process (server, client and DuckDB threads), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
