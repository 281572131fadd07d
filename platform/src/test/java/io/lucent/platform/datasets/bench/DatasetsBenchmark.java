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
 * Datasets benchmark (not a unit test; run {@code platform/bench/datasets-bench.sh [ROWS] [plain,european,bad_row]}): for each
 * file variant ({@link Variant}), generates a CSV of N rows and
 * 8 columns, uploads it to a real local-mode server through REST and times upload-to-queryable, loads the same
 * file with DuckDB's {@code read_csv} directly in the same run, and prints both, their ratio (in wall time and in
 * process CPU time, which a busy machine disturbs less), the peak heap, and the median latency of previews and of
 * the cached summary.
 */
public final class DatasetsBenchmark {

    private static final String BOUNDARY = "----lucent-bench-boundary";

    private DatasetsBenchmark() {
    }

    /**
     * The files measured: the plain file; the same data as a European export (semicolons, day-first dates with
     * points, decimal commas and {@code .} thousands separators); and the plain file with one row of the wrong
     * shape 100 rows before the end, uploaded with {@code onBadRows=skip}.
     */
    enum Variant {
        PLAIN("plain", "sales.csv", false), EUROPEAN("european 1.234,5", "sales-eu.csv", false),
        BAD_ROW("one bad row near the end", "sales-bad.csv", true);

        final String label;
        final String fileName;
        final boolean skipBadRows;

        Variant(String label, String fileName, boolean skipBadRows) {
            this.label = label;
            this.fileName = fileName;
            this.skipBadRows = skipBadRows;
        }
    }

    /** One variant's measurements. */
    record Measured(Variant variant, long bytes, double rest, double created, double duck, double restCpu, double duckCpu,
                    double duckParquet, long peakHeap, double load, String id) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        List<Variant> variants = args.length > 1
                ? java.util.Arrays.stream(args[1].split(",")).map(v -> Variant.valueOf(v.strip().toUpperCase(Locale.ROOT))).toList()
                : List.of(Variant.values());
        Path work = Files.createTempDirectory("lucent-datasets-bench");
        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, work.resolve("data"),
                TestPlugins.copyBundled(work.resolve("plugins")), null, null,
                io.dropwizard.testing.ConfigOverride.config("datasets.seedSample", "false"))) {
            HttpClient http = HttpClient.newHttpClient();
            warmUp(http, server);
            List<Measured> results = new ArrayList<>();
            for (Variant variant : variants) {
                Path csv = work.resolve(variant.fileName);
                long t0 = System.nanoTime();
                generate(csv, rows, variant);
                System.out.printf(Locale.ROOT, "Generated %s: %,d rows x 8 columns, %,d bytes in %.2f s%n", variant.label, rows,
                        Files.size(csv), seconds(t0));
                results.add(measure(http, server, csv, variant));
                Files.delete(csv);
            }
            System.out.println();
            StringBuilder header = new StringBuilder("| Measure |");
            StringBuilder rule = new StringBuilder("|---|");
            for (Measured m : results) {
                header.append(' ').append(m.variant().label).append(" |");
                rule.append("---|");
            }
            System.out.println(header.append(" Goal |"));
            System.out.println(rule.append("---|"));
            row(results, "Upload to queryable through REST (s)", m -> fmt(m.rest()), "");
            row(results, "of which until the 201 response (s)", m -> fmt(m.created()), "");
            row(results, "DuckDB read_csv of the same file into a table (s)", m -> fmt(m.duck()), "");
            row(results, "Ratio REST / DuckDB", m -> fmt(m.rest() / m.duck()), "<= 1.5");
            row(results, "Process CPU REST / DuckDB (s)", m -> fmt(m.restCpu()) + " / " + fmt(m.duckCpu()), "");
            row(results, "CPU ratio", m -> fmt(m.restCpu() / m.duckCpu()), "");
            row(results, "Floor: DuckDB read_csv of the file straight into Parquet (zstd), no checks, no HTTP (s)",
                    m -> fmt(m.duckParquet()), "");
            row(results, "Floor ratio: that / DuckDB read_csv into a table", m -> fmt(m.duckParquet() / m.duck()), "");
            row(results, "Load average (1 min) after the upload", m -> fmt(m.load()), "");
            row(results, "Peak heap during the upload (MB, -Xmx " + (Runtime.getRuntime().maxMemory() >> 20) + " MB)",
                    m -> String.valueOf(m.peakHeap() >> 20), "<= 512");

            Measured plain = results.get(0);
            List<Double> previews = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 41; i++) {
                long s = System.nanoTime();
                get(http, server, "/api/v1/datasets/" + plain.id() + "/preview?limit=100&offset=" + random.nextInt(rows - 100));
                previews.add(millis(s));
            }
            long s = System.nanoTime();
            get(http, server, "/api/v1/datasets/" + plain.id() + "/summary");
            double coldSummary = millis(s);
            List<Double> summaries = new ArrayList<>();
            for (int i = 0; i < 41; i++) {
                s = System.nanoTime();
                get(http, server, "/api/v1/datasets/" + plain.id() + "/summary");
                summaries.add(millis(s));
            }
            System.out.println();
            System.out.println("| Measure (" + plain.variant().label + " file) | Value | Goal |");
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| Preview, 100 rows at a random offset, median (ms) | %.1f | < 50 |%n", median(previews));
            System.out.printf(Locale.ROOT, "| Summary, first (computed) (ms) | %.1f | |%n", coldSummary);
            System.out.printf(Locale.ROOT, "| Summary, cached, median (ms) | %.1f | < 20 |%n", median(summaries));
        } finally {
            deleteTree(work);
        }
    }

    private static Measured measure(HttpClient http, LucentTestServer server, Path csv, Variant variant) throws Exception {
        resetPeaks();
        long startCpu = processCpu();
        long start = System.nanoTime();
        String boundaryExtra = variant.skipBadRows ? "onBadRows" : null;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(multipartFile(csv, boundaryExtra)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("upload failed: " + created.statusCode() + " " + created.body());
        }
        String id = field(created.body(), "id");
        double answered = seconds(start);
        get(http, server, "/api/v1/datasets/" + id + "/preview?limit=100");
        double rest = seconds(start);
        double restCpu = (processCpu() - startCpu) / 1e9;
        long peakHeap = peakHeap();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long duckCpuStart = processCpu();
        double duck = duckDbLoad(csv, variant.skipBadRows);
        double duckCpu = (processCpu() - duckCpuStart) / 1e9;
        double duckParquet = duckDbParquet(csv, variant.skipBadRows);
        return new Measured(variant, Files.size(csv), rest, answered, duck, restCpu, duckCpu, duckParquet, peakHeap, load, id);
    }

    private static void row(List<Measured> results, String measure, java.util.function.Function<Measured, String> value, String goal) {
        StringBuilder line = new StringBuilder("| ").append(measure).append(" |");
        results.forEach(m -> line.append(' ').append(value.apply(m)).append(" |"));
        System.out.println(line.append(' ').append(goal).append(" |"));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void generate(Path file, int rows) throws IOException {
        generate(file, rows, Variant.PLAIN);
    }

    private static void generate(Path file, int rows, Variant variant) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        String[] stores = {"North", "South", "East", "West", "Central", "Online"};
        String[] categories = {"Grocery", "Home", "Garden", "Toys", "Apparel", "Electronics", "Sports", "Books"};
        LocalDate start = LocalDate.of(2022, 1, 1);
        boolean european = variant == Variant.EUROPEAN;
        char sep = european ? ';' : ',';
        java.time.format.DateTimeFormatter dayFirst = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(european ? "datum;filiale;sku;kategorie;menge;preis;umsatz;aktion\n"
                    : "date,store,sku,category,units,price,revenue,promo\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                int units = 1 + random.nextInt(40);
                double price = (50 + random.nextInt(9950)) / 100.0;
                double revenue = Math.round(units * price * 100) / 100.0;
                LocalDate day = start.plusDays(i % 1096);
                line.setLength(0);
                line.append(european ? day.format(dayFirst) : day.toString()).append(sep)
                        .append(stores[random.nextInt(stores.length)]).append(sep).append("SKU-")
                        .append(10000 + random.nextInt(5000)).append(sep).append(categories[random.nextInt(categories.length)]).append(sep)
                        .append(units).append(sep).append(european ? europeanNumber(price) : String.valueOf(price)).append(sep)
                        .append(european ? europeanNumber(revenue) : String.valueOf(revenue)).append(sep)
                        .append(random.nextInt(10) == 0);
                if (variant == Variant.BAD_ROW && i == rows - 100) {
                    line.append(sep).append("stray field");
                }
                out.append(line).append('\n');
            }
        }
    }

    /** {@code 1234.5} as {@code 1.234,5}. */
    private static String europeanNumber(double value) {
        String plain = String.valueOf(value);
        int point = plain.indexOf('.');
        String whole = plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(',').append(plain.substring(point + 1)).toString();
    }

    /**
     * The multipart body with the file and, if {@code skipField} is set, that field set to {@code skip}; the file is
     * sent from disk by the client's file publisher, as a browser or curl would, not copied through a stream.
     */
    private static HttpRequest.BodyPublisher multipartFile(Path csv, String skipField) {
        try {
            String extra = skipField == null ? "" : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + skipField
                    + "\"\r\n\r\nskip\r\n";
            byte[] head = (extra + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + csv.getFileName()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofFile(csv),
                    HttpRequest.BodyPublishers.ofByteArray(tail));
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void warmUp(HttpClient http, LucentTestServer server) throws Exception {
        Path small = Files.createTempFile("warm", ".csv");
        try {
            generate(small, 20_000);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(multipartFile(small, null)).build(), HttpResponse.BodyHandlers.ofString());
            String id = field(response.body(), "id");
            get(http, server, "/api/v1/datasets/" + id + "/summary");
            http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/datasets/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } finally {
            Files.deleteIfExists(small);
        }
    }

    /** DuckDB's own load of the file (auto-detected), skipping unreadable rows when the upload does too. */
    private static double duckDbLoad(Path csv, boolean skipBadRows) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE sales AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "'"
                    + (skipBadRows ? ", ignore_errors = true" : "") + ")");
            return seconds(start);
        }
    }

    /**
     * DuckDB's own conversion of the file (auto-detected) into a Parquet file as the store keeps versions: the least
     * any upload that stores Parquet before answering can cost, without HTTP, sampling or the connector's checks.
     */
    private static double duckDbParquet(Path csv, boolean skipBadRows) throws Exception {
        Path parquet = csv.resolveSibling(csv.getFileName() + ".parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("COPY (SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "'"
                    + (skipBadRows ? ", ignore_errors = true" : "") + ")) TO '" + parquet.toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
            return seconds(start);
        } finally {
            Files.deleteIfExists(parquet);
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
