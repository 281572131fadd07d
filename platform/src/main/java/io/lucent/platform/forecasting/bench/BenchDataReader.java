package io.lucent.platform.forecasting.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the benchmark layout: {@code info.csv} ({@code series_id,frequency,seasonal_period,natural_period,
 * horizon,...}) and {@code train.csv} / {@code test.csv} ({@code series_id,frequency,t,value}, t 1-based), all
 * {@link SimpleCsv}.
 */
public final class BenchDataReader {

    private BenchDataReader() {
    }

    /**
     * Reads every series listed in {@code info.csv}, in its order.
     *
     * @param dir the data directory
     * @return the series
     * @throws IOException if a file cannot be read or is malformed
     */
    public static List<BenchSeries> read(Path dir) throws IOException {
        Map<String, Map<Integer, Double>> train = values(dir.resolve("train.csv"));
        Map<String, Map<Integer, Double>> test = values(dir.resolve("test.csv"));
        List<BenchSeries> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("info.csv"), StandardCharsets.UTF_8)) {
            Map<String, Integer> header = SimpleCsv.header(reader.readLine());
            int idCol = SimpleCsv.required(header, "series_id", "info.csv");
            int frequencyCol = SimpleCsv.required(header, "frequency", "info.csv");
            int periodCol = SimpleCsv.required(header, "seasonal_period", "info.csv");
            int horizonCol = SimpleCsv.required(header, "horizon", "info.csv");
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = SimpleCsv.fields(line);
                String id = f[idCol];
                int period = Integer.parseInt(f[periodCol]);
                int horizon = Integer.parseInt(f[horizonCol]);
                double[] history = ordered(train.get(id), id, "train.csv");
                double[] future = ordered(test.get(id), id, "test.csv");
                if (future.length < horizon) {
                    throw new IOException("series " + id + " has " + future.length + " test values, horizon " + horizon);
                }
                out.add(new BenchSeries(id, f[frequencyCol], period, horizon, history,
                        java.util.Arrays.copyOf(future, horizon)));
            }
        }
        return out;
    }

    private static Map<String, Map<Integer, Double>> values(Path file) throws IOException {
        Map<String, Map<Integer, Double>> out = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> header = SimpleCsv.header(reader.readLine());
            String name = file.getFileName().toString();
            int idCol = SimpleCsv.required(header, "series_id", name);
            int tCol = SimpleCsv.required(header, "t", name);
            int valueCol = SimpleCsv.required(header, "value", name);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = SimpleCsv.fields(line);
                String raw = f[valueCol];
                double value = SimpleCsv.number(raw);
                out.computeIfAbsent(f[idCol], k -> new TreeMap<>()).put(Integer.parseInt(f[tCol]), value);
            }
        }
        return out;
    }

    private static double[] ordered(Map<Integer, Double> byT, String id, String file) throws IOException {
        if (byT == null || byT.isEmpty()) {
            throw new IOException("series " + id + " has no rows in " + file);
        }
        double[] out = new double[byT.size()];
        int i = 0;
        for (double v : byT.values()) {
            out[i++] = v;
        }
        return out;
    }
}
