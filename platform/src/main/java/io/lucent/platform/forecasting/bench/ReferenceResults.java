package io.lucent.platform.forecasting.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-series results of another tool on the same benchmark data, to compare with side by side: a CSV with at
 * least {@code series_id,method,smape,mase} and optionally {@code cov95} and {@code seconds} (single-core seconds
 * per series), as written by our own {@code --out} or by R's reference script. Rows whose sMAPE or MASE is missing
 * are left out.
 *
 * @param file   where the results were read from
 * @param scores the scores, in file order
 */
public record ReferenceResults(Path file, List<Score> scores) {

    /**
     * One reference method's result on one series.
     *
     * @param seriesId the series
     * @param method   the method name as the file spells it
     * @param smape    sMAPE
     * @param mase     MASE
     * @param cov95    95% interval coverage, NaN when not given
     * @param seconds  single-core seconds, NaN when not given
     */
    public record Score(String seriesId, String method, double smape, double mase, double cov95, double seconds) {
    }

    /** The results, copied. */
    public ReferenceResults {
        scores = List.copyOf(scores);
    }

    /**
     * Reads a results file.
     *
     * @param file the CSV file
     * @return the results
     * @throws IOException if the file cannot be read or lacks a required column
     */
    public static ReferenceResults read(Path file) throws IOException {
        List<Score> scores = new ArrayList<>();
        String name = file.toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> header = SimpleCsv.header(reader.readLine());
            int id = SimpleCsv.required(header, "series_id", name);
            int method = SimpleCsv.required(header, "method", name);
            int smape = SimpleCsv.required(header, "smape", name);
            int mase = SimpleCsv.required(header, "mase", name);
            int cov95 = header.getOrDefault("cov95", -1);
            int seconds = header.getOrDefault("seconds", -1);
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = SimpleCsv.fields(line);
                try {
                    Score score = new Score(f[id], f[method], SimpleCsv.number(f[smape]), SimpleCsv.number(f[mase]),
                            optional(f, cov95), optional(f, seconds));
                    if (Double.isFinite(score.smape()) && Double.isFinite(score.mase())) {
                        scores.add(score);
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(name + " line " + lineNumber + " is not a results row: " + line, e);
                }
            }
        }
        return new ReferenceResults(file, scores);
    }

    private static double optional(String[] fields, int index) {
        return index < 0 ? Double.NaN : SimpleCsv.number(fields[index]);
    }
}
