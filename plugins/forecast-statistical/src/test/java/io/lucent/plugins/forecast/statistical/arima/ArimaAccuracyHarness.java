package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A development tool, not a unit test: runs {@link AutoArima} on a benchmark directory in the layout of
 * {@code ../shared/data/m4} (train.csv, test.csv, info.csv) for the series R was run on, computes the M4
 * metrics, and prints OWA per frequency next to R's {@code auto.arima}, using R's own Naive2 rows from the
 * per-series anchor file as the OWA denominator. Speed is measured in thread CPU time (series per CPU second).
 *
 * <p>Usage: {@code ArimaAccuracyHarness <data dir> <R per-series csv> [out csv] [frequency or ALL] [exhaustive]}.
 */
public final class ArimaAccuracyHarness {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ArimaAccuracyHarness() {
    }

    private record Info(String id, String frequency, int period, int horizon) {
    }

    private record Row(String frequency, double smape, double mase, double cov95, double seconds, boolean fallback) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path rFile = Path.of(args[1]);
        PrintWriter out = args.length > 2 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[2]))) : null;
        String only = args.length > 3 && !args[3].equals("ALL") ? args[3] : null;
        boolean exhaustive = args.length > 4 && args[4].equals("exhaustive");
        Map<String, Info> info = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("info.csv")).subList(1, Files.readAllLines(dir.resolve("info.csv")).size())) {
            String[] f = split(line);
            info.put(f[0], new Info(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[4])));
        }
        Map<String, List<Double>> train = readLong(dir.resolve("train.csv"));
        Map<String, List<Double>> test = readLong(dir.resolve("test.csv"));
        Map<String, Map<String, double[]>> r = new HashMap<>();
        for (String line : Files.readAllLines(rFile).subList(1, Files.readAllLines(rFile).size())) {
            String[] f = split(line);
            r.computeIfAbsent(f[2], k -> new HashMap<>()).put(f[0],
                    new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6]), parse(f[8]), Double.parseDouble(f[10])});
        }
        AutoArimaOptions d = AutoArimaOptions.defaults();
        AutoArima arima = new AutoArima(new AutoArimaOptions(d.maxP(), d.maxQ(), d.maxSeasonalP(), d.maxSeasonalQ(),
                d.maxD(), d.maxSeasonalD(), d.criterion(), d.approximation(), true, true, d.maxLength(),
                d.maxLengthLongPeriod(), d.seasonalTest(), !exhaustive, d.maxOrder()));
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, double[]> naive2 = new LinkedHashMap<>();
        Map<String, double[]> rArima = new LinkedHashMap<>();
        for (Info in : info.values()) {
            if (!r.get("auto.arima").containsKey(in.id()) || (only != null && !only.equals(in.frequency()))) {
                continue;
            }
            double[] x = train.get(in.id()).stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = test.get(in.id()).stream().mapToDouble(Double::doubleValue).toArray();
            long t0 = CPU.getCurrentThreadCpuTime();
            ArimaModel model = arima.fit(x, in.period());
            ArimaForecast fc = model.forecast(in.horizon(), List.of(80.0, 95.0));
            double secs = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
            double[] f = fc.mean();
            double smape = 0;
            double mae = 0;
            double inside = 0;
            PredictionInterval p95 = fc.intervals().get(1);
            for (int h = 0; h < in.horizon(); h++) {
                smape += 200 * Math.abs(y[h] - f[h]) / (Math.abs(y[h]) + Math.abs(f[h]));
                mae += Math.abs(y[h] - f[h]);
                if (y[h] >= p95.lower()[h] && y[h] <= p95.upper()[h]) {
                    inside++;
                }
            }
            smape /= in.horizon();
            mae /= in.horizon();
            int m = x.length <= in.period() ? 1 : in.period();
            double scale = 0;
            for (int i = m; i < x.length; i++) {
                scale += Math.abs(x[i] - x[i - m]);
            }
            scale /= x.length - m;
            double mase = mae / scale;
            rows.computeIfAbsent(in.frequency(), k -> new ArrayList<>())
                    .add(new Row(in.frequency(), smape, mase, inside / in.horizon(), secs, model.fallbackReason() != null));
            naive2.merge(in.frequency(), r.get("Naive2").get(in.id()), ArimaAccuracyHarness::add);
            double[] ra = r.get("auto.arima").get(in.id());
            rArima.merge(in.frequency(), new double[] {ra[0], ra[1], ra[2], ra[3]}, ArimaAccuracyHarness::add);
            if (out != null) {
                double[] rr = r.get("auto.arima").get(in.id());
                out.printf(Locale.ROOT, "%s,%s,%s,%.4f,%.4f,%.4f,%.4f,%.4f%n", in.id(), in.frequency(),
                        model.name().replace(',', ' '), smape, mase, rr[0], rr[1], secs);
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %4s %8s %8s %7s %7s %7s %6s %9s %9s %9s%n", "freq", "n", "sMAPE", "MASE",
                "OWA", "R OWA", "ratio", "cov95", "series/s", "R ser/s", "fallbacks");
        double[] allMine = new double[3];
        double[] allR = new double[3];
        double[] allN2 = new double[2];
        int total = 0;
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            List<Row> list = e.getValue();
            int n = list.size();
            double s = 0;
            double ms = 0;
            double cov = 0;
            double secs = 0;
            int fallbacks = 0;
            for (Row row : list) {
                fallbacks += row.fallback() ? 1 : 0;
                s += row.smape();
                ms += row.mase();
                cov += row.cov95();
                secs += row.seconds();
            }
            double[] nv = naive2.get(e.getKey());
            double[] ra = rArima.get(e.getKey());
            double owa = 0.5 * (s / nv[0] + ms / nv[1]);
            double rOwa = 0.5 * (ra[0] / nv[0] + ra[1] / nv[1]);
            System.out.printf(Locale.ROOT, "%-10s %4d %8.3f %8.3f %7.3f %7.3f %7.3f %6.3f %9.1f %9.2f %9d%n", e.getKey(),
                    n, s / n, ms / n, owa, rOwa, owa / rOwa, cov / n, n / secs, n / ra[3], fallbacks);
            allMine[0] += s;
            allMine[1] += ms;
            allMine[2] += secs;
            allR[0] += ra[0];
            allR[1] += ra[1];
            allR[2] += ra[3];
            allN2[0] += nv[0];
            allN2[1] += nv[1];
            total += n;
        }
        double owa = 0.5 * (allMine[0] / allN2[0] + allMine[1] / allN2[1]);
        double rOwa = 0.5 * (allR[0] / allN2[0] + allR[1] / allN2[1]);
        System.out.printf(Locale.ROOT, "%-10s %4d %8.3f %8.3f %7.3f %7.3f %7.3f %6s %9.1f %9.2f%n", "ALL", total,
                allMine[0] / total, allMine[1] / total, owa, rOwa, owa / rOwa, "", total / allMine[2], total / allR[2]);
        if (out != null) {
            out.close();
        }
    }

    private static double[] add(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += Double.isNaN(b[i]) ? 0 : b[i];
        }
        return c;
    }

    private static double parse(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static Map<String, List<Double>> readLong(Path file) throws IOException {
        Map<String, List<Double>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = split(line);
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(parse(f[3]));
        }
        return out;
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].replace("\"", "");
        }
        return f;
    }
}
