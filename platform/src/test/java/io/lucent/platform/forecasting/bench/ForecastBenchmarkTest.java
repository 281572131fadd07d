package io.lucent.platform.forecasting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on a tiny data set with stand-in methods. */
class ForecastBenchmarkTest {

    @TempDir
    Path dir;

    /** Forecasts the last value; optionally shifted, optionally throwing. */
    private record LastValue(String id, double shift, boolean fails) implements ForecastMethod {
        @Override
        public String displayName() {
            return id;
        }

        @Override
        public ForecastResult forecast(ForecastRequest request, PluginContext context) {
            if (fails) {
                throw new IllegalStateException("broken");
            }
            double[] y = request.series().values();
            double[] point = new double[request.horizon()];
            Arrays.fill(point, y[y.length - 1] + shift);
            List<PredictionInterval> intervals = new ArrayList<>();
            for (double level : request.levels()) {
                double[] lower = point.clone();
                double[] upper = point.clone();
                for (int h = 0; h < point.length; h++) {
                    lower[h] -= level / 10;
                    upper[h] += level / 10;
                }
                intervals.add(new PredictionInterval(level, lower, upper));
            }
            double[] fitted = new double[y.length];
            return new ForecastResult(id, point, intervals, fitted, fitted,
                    ModelSummary.withoutLikelihood("last", List.of(), 0), List.of());
        }
    }

    private void writeData() throws IOException {
        Files.writeString(dir.resolve("info.csv"), String.join("\n",
                "\"series_id\",\"frequency\",\"seasonal_period\",\"natural_period\",\"horizon\",\"n_train\"",
                "\"A1\",\"Yearly\",1,1,2,4",
                "\"B1\",\"Monthly\",12,12,2,4", ""));
        Files.writeString(dir.resolve("train.csv"), String.join("\n", "series_id,frequency,t,value",
                "A1,Yearly,1,10", "A1,Yearly,2,12", "A1,Yearly,3,11", "A1,Yearly,4,13",
                "B1,Monthly,4,40", "B1,Monthly,1,10", "B1,Monthly,2,20", "B1,Monthly,3,30", ""));
        Files.writeString(dir.resolve("test.csv"), String.join("\n", "series_id,frequency,t,value",
                "A1,Yearly,5,14", "A1,Yearly,6,15", "B1,Monthly,5,41", "B1,Monthly,6,45", ""));
    }

    @Test
    void readsSeriesInInfoOrderWithValuesOrderedByTime() throws IOException {
        writeData();

        List<BenchSeries> series = BenchDataReader.read(dir);

        assertThat(series).extracting(BenchSeries::id).containsExactly("A1", "B1");
        assertThat(series.get(1).train()).containsExactly(10, 20, 30, 40);
        assertThat(series.get(1).seasonalPeriod()).isEqualTo(12);
        assertThat(series.get(0).test()).containsExactly(14, 15);
    }

    @Test
    void namesAColumnTheDataLacks() throws IOException {
        writeData();
        Files.writeString(dir.resolve("test.csv"), "series_id,frequency,t,amount\nA1,Yearly,5,14\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchDataReader.read(dir))
                .isInstanceOf(IOException.class).hasMessageContaining("test.csv has no column 'value'");
    }

    @Test
    void scoresMethodsAgainstNaive2AndWritesPerSeriesRows() throws IOException {
        writeData();
        Map<String, ForecastMethod> methods = Map.of(
                "naive2", new LastValue("naive2", 0, false),
                "better", new LastValue("better", 1, false),
                "broken", new LastValue("broken", 0, true));
        Path out = dir.resolve("out.csv");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        BenchSummary summary = new ForecastBenchmark(2).run(dir, List.of("better", "broken", "missing"),
                methods::get, Optional.of(out), new PrintStream(console, true, StandardCharsets.UTF_8));

        BenchSummary.Row naive2 = row(summary, "ALL", "naive2");
        BenchSummary.Row better = row(summary, "ALL", "better");
        BenchSummary.Row broken = row(summary, "ALL", "broken");
        assertThat(naive2.owa()).isCloseTo(1.0, within(1e-12));
        assertThat(better.owa()).isLessThan(1.0);
        assertThat(broken.failures()).isEqualTo(2);
        assertThat(broken.owa()).isCloseTo(1.0, within(1e-12)); // scored with the naive forecast
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Method 'missing' is not available; skipped");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("series_id,method,smape,mase,cov80,cov95,msis,seconds,status");
        assertThat(rows).hasSize(1 + 2 * 3);
        assertThat(rows).anyMatch(r -> r.startsWith("A1,broken,") && r.endsWith(",failed"));
    }

    private static BenchSummary.Row row(BenchSummary summary, String group, String method) {
        return summary.rows().stream().filter(r -> r.group().equals(group) && r.method().equals(method))
                .findFirst().orElseThrow();
    }
}
