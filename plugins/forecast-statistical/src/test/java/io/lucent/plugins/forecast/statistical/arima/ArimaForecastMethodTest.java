package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.testkit.TestPluginContext;
import io.lucent.plugins.forecast.statistical.TestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the {@code arima} extension on assorted series, including awkward ones. */
class ArimaForecastMethodTest {

    private static final List<Double> LEVELS = List.of(50.0, 80.0, 95.0, 99.0);
    private final ArimaForecastMethod method = new ArimaForecastMethod();

    private static List<TimeSeries> series() {
        List<TimeSeries> out = new ArrayList<>();
        Random random = new Random(7);
        double[] walk = new double[90];
        double[] seasonal = new double[96];
        double[] ar = new double[200];
        for (int i = 0; i < walk.length; i++) {
            walk[i] = (i == 0 ? 100 : walk[i - 1]) + random.nextGaussian() + 0.2;
        }
        for (int i = 0; i < seasonal.length; i++) {
            seasonal[i] = 50 + 10 * Math.sin(2 * Math.PI * i / 12) + 0.3 * i + random.nextGaussian();
        }
        for (int i = 0; i < ar.length; i++) {
            ar[i] = (i == 0 ? 0 : 0.7 * ar[i - 1]) + random.nextGaussian();
        }
        out.add(TimeSeries.of("walk", walk, Frequency.YEARLY));
        out.add(TimeSeries.of("seasonal", seasonal, Frequency.MONTHLY));
        out.add(TimeSeries.of("ar", ar, Frequency.OTHER));
        out.add(new TimeSeries("quarterly", ReferenceSeries.US_ACCIDENTAL_DEATHS, List.of(), Frequency.QUARTERLY, 4));
        out.add(TimeSeries.of("constant", new double[] {7, 7, 7, 7, 7, 7, 7, 7}, Frequency.MONTHLY));
        out.add(TimeSeries.of("one", new double[] {3}, Frequency.MONTHLY));
        out.add(TimeSeries.of("two", new double[] {3, 5}, Frequency.MONTHLY));
        out.add(TimeSeries.of("three", new double[] {3, 5, 4}, Frequency.YEARLY));
        out.add(TimeSeries.of("zeros", new double[] {0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0}, Frequency.MONTHLY));
        out.add(TimeSeries.of("gaps", new double[] {Double.NaN, 4, 5, Double.NaN, Double.NaN, 8, 9, 8, 7, 9, 10, 11, 10,
            12, Double.NaN}, Frequency.YEARLY));
        return out;
    }

    @Test
    void forecastsAreFiniteAndIntervalsNestAndWiden() {
        for (TimeSeries s : series()) {
            ForecastResult r = method.forecast(new ForecastRequest(s, 18, LEVELS), TestContext.defaults(method));
            assertThat(r.method()).isEqualTo("arima");
            assertThat(r.point()).as(s.id()).hasSize(18);
            for (double v : r.point()) {
                assertThat(v).as(s.id()).isFinite();
            }
            assertThat(r.intervals()).hasSize(LEVELS.size());
            for (int k = 0; k < r.intervals().size(); k++) {
                PredictionInterval in = r.intervals().get(k);
                assertThat(in.level()).isEqualTo(LEVELS.get(k));
                for (int h = 0; h < 18; h++) {
                    assertThat(in.lower()[h]).as("%s lower", s.id()).isFinite().isLessThanOrEqualTo(r.point()[h]);
                    assertThat(in.upper()[h]).as("%s upper", s.id()).isFinite().isGreaterThanOrEqualTo(r.point()[h]);
                    if (k > 0) {
                        PredictionInterval narrower = r.intervals().get(k - 1);
                        assertThat(in.lower()[h]).isLessThanOrEqualTo(narrower.lower()[h]);
                        assertThat(in.upper()[h]).isGreaterThanOrEqualTo(narrower.upper()[h]);
                    }
                    if (h > 0) {
                        assertThat(in.upper()[h] - in.lower()[h]).as("%s width at %d", s.id(), h)
                                .isGreaterThanOrEqualTo(in.upper()[h - 1] - in.lower()[h - 1] - 1e-9);
                    }
                }
            }
            assertThat(r.fitted()).hasSize(s.length());
            assertThat(r.residuals()).hasSize(s.length());
            for (int t = 0; t < s.length(); t++) {
                if (Double.isFinite(r.fitted()[t]) && Double.isFinite(s.value(t))) {
                    assertThat(r.residuals()[t]).isCloseTo(s.value(t) - r.fitted()[t],
                            org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(s.value(t)))));
                }
            }
        }
    }

    @Test
    void isDeterministic() {
        for (TimeSeries s : series()) {
            ForecastResult a = method.forecast(new ForecastRequest(s, 6, LEVELS), TestContext.defaults(method));
            ForecastResult b = method.forecast(new ForecastRequest(s, 6, LEVELS), TestContext.defaults(method));
            assertThat(a.point()).containsExactly(b.point());
            assertThat(a.intervals().get(2).upper()).containsExactly(b.intervals().get(2).upper());
            assertThat(a.summary()).isEqualTo(b.summary());
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        List<TimeSeries> list = series();
        List<ForecastResult> sequential = new ArrayList<>();
        for (TimeSeries s : list) {
            sequential.add(method.forecast(new ForecastRequest(s, 6, LEVELS), TestContext.defaults(method)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ForecastResult>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (TimeSeries s : list) {
                    futures.add(pool.submit(() -> method.forecast(new ForecastRequest(s, 6, LEVELS),
                            TestContext.defaults(method))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                ForecastResult expected = sequential.get(i % list.size());
                ForecastResult actual = futures.get(i).get();
                assertThat(actual.point()).containsExactly(expected.point());
                assertThat(actual.intervals().get(3).lower()).containsExactly(expected.intervals().get(3).lower());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingValuesAreInterpolatedAndNoted() {
        TimeSeries gaps = series().stream().filter(s -> s.id().equals("gaps")).findFirst().orElseThrow();
        ForecastResult r = method.forecast(new ForecastRequest(gaps, 4, LEVELS), TestContext.defaults(method));
        assertThat(r.notes()).anyMatch(n -> n.contains("interpolated"));
        assertThat(r.notes()).anyMatch(n -> n.contains("leading"));
        assertThat(Double.isNaN(r.fitted()[0])).isTrue();
    }

    @Test
    void summaryHasCriteriaAndStandardErrors() {
        TimeSeries lynx = TimeSeries.of("lynx", ReferenceSeries.LYNX, Frequency.YEARLY);
        ForecastResult r = method.forecast(new ForecastRequest(lynx, 5, LEVELS), TestContext.defaults(method));
        assertThat(r.summary().model()).isEqualTo("ARIMA(2,0,2) with non-zero mean");
        assertThat(r.summary().parameters()).extracting(p -> p.name())
                .containsExactly("ar1", "ar2", "ma1", "ma2", "intercept");
        assertThat(r.summary().parameters()).allMatch(p -> p.standardError() > 0);
        assertThat(r.summary().aicc()).isGreaterThan(r.summary().aic());
        assertThat(r.summary().bic()).isGreaterThan(r.summary().aic());
        assertThat(r.summary().fallback()).isEmpty();
    }

    @Test
    void manualModeFitsTheGivenOrders() {
        TimeSeries ap = new TimeSeries("ap", ReferenceSeries.logAirPassengers(), List.of(), Frequency.MONTHLY, 12);
        ForecastResult r = method.forecast(new ForecastRequest(ap, 12, LEVELS), TestContext.of(method, Map.of(
                "mode", "manual", "d", 1, "q", 1, "seasonalD", 1, "seasonalQ", 1)));
        assertThat(r.summary().model()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(r.summary().logLikelihood()).isCloseTo(244.6965, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void manualSeasonalOrdersWithoutPeriodAreIgnoredWithANote() {
        TimeSeries lynx = TimeSeries.of("lynx", ReferenceSeries.LYNX, Frequency.YEARLY);
        ForecastResult r = method.forecast(new ForecastRequest(lynx, 3, LEVELS), TestContext.of(method, Map.of(
                "mode", "manual", "p", 2, "seasonalP", 1)));
        assertThat(r.summary().model()).isEqualTo("ARIMA(2,0,0) with non-zero mean");
        assertThat(r.notes()).anyMatch(n -> n.contains("seasonal orders were ignored"));
    }

    @Test
    void manualModeRejectsTooShortSeries() {
        TimeSeries s = TimeSeries.of("short", new double[] {1, 2, 3, 4, 5}, Frequency.MONTHLY);
        assertThatThrownBy(() -> method.forecast(new ForecastRequest(s, 3, LEVELS), TestContext.of(method, Map.of(
                "mode", "manual", "p", 2, "d", 1, "seasonalD", 1))))
                .isInstanceOf(PluginException.class)
                .extracting(e -> ((PluginException) e).kind()).isEqualTo(PluginException.Kind.INVALID_INPUT);
    }

    @Test
    void cancellationIsHonoured() {
        double[] y = new double[3000];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i / 5.0);
        }
        TestPluginContext context = TestPluginContext.forExtension(method).cancel();
        assertThatThrownBy(() -> method.forecast(new ForecastRequest(TimeSeries.of("long", y, Frequency.DAILY), 5,
                LEVELS), context)).isInstanceOf(CancelledException.class);
        assertThat(context.cancellationChecks()).isPositive();
    }

    @Test
    void settingsSchemaHasRDefaults() {
        var settings = method.settingsSchema().validate(Map.of());
        assertThat(settings.string("mode")).isEqualTo("auto");
        assertThat(settings.longValue("maxP")).isEqualTo(5);
        assertThat(settings.longValue("maxSeasonalQ")).isEqualTo(2);
        assertThat(settings.string("criterion")).isEqualTo("aicc");
        assertThat(settings.longValue("maxLength")).isEqualTo(1000);
        assertThat(settings.string("seasonalTest")).isEqualTo("seas");
        assertThat(settings.string("search")).isEqualTo("stepwise");
        assertThat(method.id()).isEqualTo("arima");
    }
}
