package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small sample of real M4 series (the first five of each frequency in {@code ../shared/data/m4}): every
 * method forecasts them without failing, and the main methods beat Naive2 on them. Skipped when the shared
 * data directory is not present. The full benchmark is {@code lucent bench forecast}, not a unit test.
 */
class DevSampleTest {

    private static final int PER_FREQUENCY = 5;

    private record Sample(String id, String frequency, int period, int horizon, double[] train, double[] test) {
    }

    private static List<Sample> samples;

    @BeforeAll
    static void load() throws IOException {
        Path dir = locate();
        samples = dir == null ? List.of() : read(dir);
    }

    private static Path locate() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data").resolve("m4");
            if (Files.isRegularFile(candidate.resolve("info.csv"))) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Sample> read(Path dir) throws IOException {
        Map<String, Integer> perFrequency = new HashMap<>();
        Map<String, String[]> chosen = new LinkedHashMap<>();
        List<String> info = Files.readAllLines(dir.resolve("info.csv"));
        for (String line : info.subList(1, info.size())) {
            String[] f = line.replace("\"", "").split(",");
            if (perFrequency.merge(f[1], 1, Integer::sum) <= PER_FREQUENCY) {
                chosen.put(f[0], f);
            }
        }
        Map<String, TreeMap<Integer, Double>> train = values(dir.resolve("train.csv"), chosen.keySet());
        Map<String, TreeMap<Integer, Double>> test = values(dir.resolve("test.csv"), chosen.keySet());
        List<Sample> out = new ArrayList<>();
        for (String[] f : chosen.values()) {
            out.add(new Sample(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[4]), array(train.get(f[0])),
                    array(test.get(f[0]))));
        }
        return out;
    }

    private static Map<String, TreeMap<Integer, Double>> values(Path file, java.util.Set<String> ids)
            throws IOException {
        Map<String, TreeMap<Integer, Double>> out = new HashMap<>();
        try (var lines = Files.lines(file)) {
            lines.skip(1).map(l -> l.split(",")).filter(f -> ids.contains(f[0]))
                    .forEach(f -> out.computeIfAbsent(f[0], k -> new TreeMap<>())
                            .put(Integer.parseInt(f[2]), Double.parseDouble(f[3])));
        }
        return out;
    }

    private static double[] array(TreeMap<Integer, Double> byT) {
        return byT.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Mean sMAPE and mean MASE of a method over the sample, failing on any fallback. */
    private static double[] score(ForecastMethod method, boolean fallbacksAllowed) {
        double smape = 0;
        double mase = 0;
        for (Sample s : samples) {
            TimeSeries series = new TimeSeries(s.id(), s.train(), List.of(), Frequency.valueOf(s.frequency()
                    .toUpperCase(java.util.Locale.ROOT)), s.period());
            ForecastResult result = method.forecast(ForecastRequest.of(series, s.horizon()),
                    TestContext.defaults(method));
            if (!fallbacksAllowed) {
                assertThat(result.summary().fallback()).as("%s on %s", method.id(), s.id()).isEmpty();
            }
            double[] f = result.point();
            double scale = 0;
            int m = s.train().length > s.period() ? s.period() : 1;
            for (int i = m; i < s.train().length; i++) {
                scale += Math.abs(s.train()[i] - s.train()[i - m]);
            }
            scale /= s.train().length - m;
            double sm = 0;
            double ma = 0;
            for (int h = 0; h < s.horizon(); h++) {
                sm += 200 * Math.abs(s.test()[h] - f[h]) / (Math.abs(s.test()[h]) + Math.abs(f[h]));
                ma += Math.abs(s.test()[h] - f[h]);
            }
            smape += sm / s.horizon();
            mase += ma / s.horizon() / scale;
        }
        return new double[] {smape / samples.size(), mase / samples.size()};
    }

    private static double owa(double[] method, double[] naive2) {
        return 0.5 * (method[0] / naive2[0] + method[1] / naive2[1]);
    }

    @Test
    void mainMethodsBeatNaive2OnRealSeriesWithoutFallingBack() {
        assumeTrue(!samples.isEmpty(), "../shared/data/m4 is not present; skipping the real-data sample");

        double[] naive2 = score(new Naive2Method(), false);
        double[] ets = score(new EtsMethod(), false);
        double[] theta = score(new ThetaMethod(), false);
        double[] auto = score(new AutoMethod(), false);

        assertThat(samples).hasSize(6 * PER_FREQUENCY);
        assertThat(owa(ets, naive2)).isLessThan(1.0);
        assertThat(owa(theta, naive2)).isLessThan(1.0);
        assertThat(owa(auto, naive2)).isLessThan(Math.min(1.0, owa(theta, naive2)));
    }
}
