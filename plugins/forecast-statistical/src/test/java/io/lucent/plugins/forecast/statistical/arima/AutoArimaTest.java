package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automatic search and the forecasts against R 4.2.2 {@code forecast::auto.arima} and {@code forecast}. */
class AutoArimaTest {

    private static final List<Double> LEVELS = List.of(80.0, 95.0);

    private static void assertForecast(ArimaForecast f, int step, double mean, double lo80, double lo95, double hi80,
            double hi95, double tolerance) {
        PredictionInterval i80 = f.intervals().get(0);
        PredictionInterval i95 = f.intervals().get(1);
        assertThat(f.mean()[step - 1]).as("mean at h=%d", step).isCloseTo(mean, within(tolerance));
        assertThat(i80.lower()[step - 1]).as("80%% lower at h=%d", step).isCloseTo(lo80, within(tolerance));
        assertThat(i95.lower()[step - 1]).as("95%% lower at h=%d", step).isCloseTo(lo95, within(tolerance));
        assertThat(i80.upper()[step - 1]).as("80%% upper at h=%d", step).isCloseTo(hi80, within(tolerance));
        assertThat(i95.upper()[step - 1]).as("95%% upper at h=%d", step).isCloseTo(hi95, within(tolerance));
    }

    @Test
    void logAirPassengersGetsTheAirlineModel() {
        ArimaModel m = AutoArima.withDefaults().fit(ReferenceSeries.logAirPassengers(), 12);
        assertThat(m.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(m.coefficients()).containsExactly(new double[] {-0.40183, -0.55694}, within(1e-4));
        // R: sigma^2 0.00137126 (R also squares the 13 near-zero innovations of the diffuse start)
        assertThat(m.sigma2()).isCloseTo(0.00137126, within(1e-5));
        assertThat(m.aicc()).isCloseTo(-483.21, within(0.02));
        ArimaForecast f = m.forecast(12, LEVELS);
        assertForecast(f, 1, 6.110185743, 6.062729175, 6.037607185, 6.157642312, 6.182764301, 2e-4);
        assertForecast(f, 12, 6.168024882, 6.062591137, 6.006777883, 6.273458628, 6.329271881, 3e-4);
    }

    @Test
    void lynxGetsArma22WithMean() {
        ArimaModel m = AutoArima.withDefaults().fit(ReferenceSeries.LYNX, 1);
        assertThat(m.name()).isEqualTo("ARIMA(2,0,2) with non-zero mean");
        assertThat(m.coefficients()).containsExactly(
                new double[] {1.3420760, -0.6738084, -0.2027426, -0.2563968, 1544.4039464}, within(1e-4));
        assertThat(m.standardErrors()).containsExactly(
                new double[] {0.0984376, 0.0800667, 0.1260955, 0.1096536, 131.9242379}, within(1e-4));
        assertThat(m.logLikelihood()).isCloseTo(-932.0837251, within(1e-5));
        assertThat(m.aicc()).isCloseTo(1876.952497, within(1e-4));
        assertThat(m.sigma2()).isCloseTo(761965.2, within(0.5));
        ArimaForecast f = m.forecast(10, LEVELS);
        assertForecast(f, 1, 2989.9102601, 1871.2360135, 1279.045639, 4108.584507, 4700.774881, 1e-3);
        assertForecast(f, 10, 1825.5154593, -205.6736094, -1280.920152, 3856.704528, 4931.951070, 1e-3);
    }

    @Test
    void fittedValuesAndResidualsMatchR() {
        // head(residuals(auto.arima(lynx)), 3), head(fitted(...), 3); for WWWusage (one difference) R's first
        // residual is an artefact of its approximate diffuse prior, ours is undefined
        ArimaModel lynx = AutoArima.withDefaults().fit(ReferenceSeries.LYNX, 1);
        assertThat(java.util.Arrays.copyOf(lynx.residuals(), 3))
                .containsExactly(new double[] {-693.8370, -242.8205, -327.8317}, within(1e-3));
        assertThat(java.util.Arrays.copyOf(lynx.fitted(), 3))
                .containsExactly(new double[] {962.8370, 563.8205, 912.8317}, within(1e-3));
        ArimaModel www = AutoArima.withDefaults().fit(ReferenceSeries.WWW_USAGE, 1);
        double[] r = www.residuals();
        assertThat(Double.isNaN(r[0])).isTrue();
        assertThat(r[1]).isCloseTo(-2.17049807, within(1e-3));
        assertThat(r[2]).isCloseTo(3.86094676, within(1e-3));
    }

    @Test
    void wwwUsageGetsArima111() {
        ArimaModel m = AutoArima.withDefaults().fit(ReferenceSeries.WWW_USAGE, 1);
        assertThat(m.name()).isEqualTo("ARIMA(1,1,1)");
        assertThat(m.coefficients()).containsExactly(new double[] {0.6503760, 0.5255959}, within(1e-5));
        ArimaForecast f = m.forecast(10, List.of(95.0));
        assertThat(f.mean()[0]).isCloseTo(218.8804967, within(1e-4));
        assertThat(f.intervals().get(0).lower()[0]).isCloseTo(212.6839953, within(1e-2));
        assertThat(f.intervals().get(0).upper()[9]).isCloseTo(286.7235247, within(1e-2));
        assertThat(f.mean()[9]).isCloseTo(216.8413376, within(1e-4));
    }

    @Test
    void ocsbSeasonalTestChangesTheDifferencing() {
        // auto.arima(USAccDeaths, seasonal.test = "ocsb"): ARIMA(1,0,0)(1,0,0)[12] with non-zero mean
        AutoArimaOptions d = AutoArimaOptions.defaults();
        AutoArimaOptions ocsb = new AutoArimaOptions(d.maxP(), d.maxQ(), d.maxSeasonalP(), d.maxSeasonalQ(), d.maxD(),
                d.maxSeasonalD(), d.criterion(), d.approximation(), true, true, d.maxLength(), d.maxLengthLongPeriod(),
                SeasonalTest.OCSB, true, 5);
        ArimaModel m = new AutoArima(ocsb).fit(ReferenceSeries.US_ACCIDENTAL_DEATHS, 12);
        assertThat(m.name()).isEqualTo("ARIMA(1,0,0)(1,0,0)[12] with non-zero mean");
        assertThat(m.coefficients()).containsExactly(new double[] {0.7578835, 0.8501210, 9214.7102063}, within(2e-3));
        assertThat(m.logLikelihood()).isCloseTo(-533.45, within(0.01));
    }

    @Test
    void exhaustiveSearchMatchesR() {
        // auto.arima(x, stepwise = FALSE)
        AutoArimaOptions d = AutoArimaOptions.defaults();
        AutoArima exhaustive = new AutoArima(new AutoArimaOptions(d.maxP(), d.maxQ(), d.maxSeasonalP(),
                d.maxSeasonalQ(), d.maxD(), d.maxSeasonalD(), d.criterion(), d.approximation(), true, true, d.maxLength(),
                d.maxLengthLongPeriod(), d.seasonalTest(), false, 5));
        ArimaModel www = exhaustive.fit(ReferenceSeries.WWW_USAGE, 1);
        assertThat(www.name()).isEqualTo("ARIMA(3,1,0)");
        assertThat(www.aicc()).isCloseTo(512.42, within(0.01));
        ArimaModel lynx = exhaustive.fit(ReferenceSeries.LYNX, 1);
        assertThat(lynx.name()).isEqualTo("ARIMA(4,0,0) with non-zero mean");
        assertThat(lynx.logLikelihood()).isCloseTo(-931.11, within(0.01));
        assertThat(exhaustive.fit(ReferenceSeries.US_ACCIDENTAL_DEATHS, 12).name())
                .isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
    }

    @Test
    void checkpointExceptionsAbortTheSearch() {
        int[] calls = {0};
        IllegalStateException stop = new IllegalStateException("stop");
        Runnable checkpoint = () -> {
            if (++calls[0] == 3) {
                throw stop;
            }
        };
        assertThatThrownBy(() -> AutoArima.withDefaults().fit(ReferenceSeries.logAirPassengers(), 12, checkpoint))
                .isSameAs(stop);
    }

    @Test
    void fixedOrdersAreFitted() {
        ArimaModel m = AutoArima.withDefaults().fitOrders(ReferenceSeries.logAirPassengers(), ArimaSpec.of(2, 0, 0, true));
        assertThat(m.name()).isEqualTo("ARIMA(2,0,0) with non-zero mean");
        assertThat(m.logLikelihood()).isCloseTo(120.641339, within(1e-5));
        assertThat(m.fallbackReason()).isNull();
    }

    @Test
    void constantSeriesGetsTheMean() {
        ArimaModel m = AutoArima.withDefaults().fit(new double[] {4, 4, 4, 4, 4, 4}, 1);
        assertThat(m.name()).isEqualTo("ARIMA(0,0,0) with non-zero mean");
        ArimaForecast f = m.forecast(3, LEVELS);
        assertThat(f.mean()).containsExactly(4, 4, 4);
        assertThat(f.intervals().get(1).upper()).containsExactly(4, 4, 4);
    }

    @Test
    void linearSeriesGetsFixedDrift() {
        double[] y = new double[20];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 + 2 * i;
        }
        ArimaModel m = AutoArima.withDefaults().fit(y, 1);
        assertThat(m.name()).isEqualTo("ARIMA(0,1,0) with drift");
        assertThat(m.forecast(2, LEVELS).mean()).containsExactly(new double[] {43, 45}, within(1e-9));
    }

    @Test
    void longSeriesAreCappedAndSaySo() {
        double[] y = new double[1500];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i * 0.3) + 0.01 * i + ((i * 7919) % 13) / 13.0;
        }
        ArimaModel m = AutoArima.withDefaults().fit(y, 1);
        assertThat(m.notes()).anyMatch(n -> n.contains("last 1000"));
        double[] fitted = m.fitted();
        assertThat(fitted).hasSize(1500);
        assertThat(Double.isNaN(fitted[0])).isTrue();
        assertThat(Double.isFinite(fitted[1499])).isTrue();
    }
}
