package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model R 4.2.2 {@code auto.arima} chooses for named M3 series of the shared development sample, and its
 * one-step forecast with the 95% upper bound. Skipped when {@code ../shared/data/m3} is not present.
 */
class NamedSeriesTest {

    private static Map<String, double[]> series;

    private static Path sharedM3() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("m3");
            if (Files.isRegularFile(candidate.resolve("train.csv"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static synchronized double[] load(String id) throws IOException {
        if (series == null) {
            Path dir = sharedM3();
            Assumptions.assumeTrue(dir != null, "../shared/data/m3 is not available; skipping the M3 comparisons");
            Map<String, List<Double>> values = new HashMap<>();
            List<String> lines = Files.readAllLines(dir.resolve("train.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                values.computeIfAbsent(f[0].replace("\"", ""), k -> new ArrayList<>()).add(Double.parseDouble(f[3]));
            }
            Map<String, double[]> out = new HashMap<>();
            values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
            series = out;
        }
        return series.get(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "M3-N2497|12|ARIMA(0,1,3)(0,1,1)[12]|8573.825411|9372.324615",
        "M3-N2595|12|ARIMA(0,2,2)(0,0,1)[12]|3742.466895|3799.015991",
        "M3-N1418|12|ARIMA(2,1,1)(0,0,1)[12]|2512.610033|3779.40819",
        "M3-N1632|12|ARIMA(0,0,0)(1,0,0)[12] with non-zero mean|2836.632295|6781.007402",
        "M3-N1304|1|ARIMA(0,1,0) with drift|5651.350968|5825.343256",
        "M3-N0717|1|ARIMA(1,1,0) with drift|5858.694183|6463.69897",
        "M3-N0815|4|ARIMA(0,0,0)(0,1,0)[4] with drift|3796.23125|4788.61659",
        "M3-N0072|1|ARIMA(0,1,0) with drift|7748.173846|8326.390883",
        "M3-N0170|1|ARIMA(0,1,1) with drift|6006.581148|6546.804317",
        "M3-N0017|1|ARIMA(0,1,1)|5899.287506|6462.274979",
    })
    void choosesRsModel(String id, int period, String model, double mean, double upper95) throws IOException {
        double[] x = load(id);
        assertThat(x).as(id).isNotNull();
        ArimaModel m = AutoArima.withDefaults().fit(x, period);
        assertThat(m.name()).isEqualTo(model);
        ArimaForecast f = m.forecast(1, List.of(95.0));
        assertThat(f.mean()[0]).isCloseTo(mean, within(1e-5 * Math.abs(mean)));
        // R adds the filter's remaining state uncertainty, which matters on the shortest series (14 points)
        assertThat(f.intervals().get(0).upper()[0]).isCloseTo(upper95, within(1e-3 * Math.abs(upper95)));
    }
}
