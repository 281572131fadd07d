package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.api.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The {@code ces} method and model: output properties, summaries and settings. */
class CesModelTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"airpassengers", "nile", "five values", "trend", "zeros"})
    void forecastsAreFiniteNestedAndRepeatable(String name) {
        double[] y = switch (name) {
            case "airpassengers" -> ReferenceSeries.airPassengers();
            case "nile" -> ReferenceSeries.nile();
            case "five values" -> new double[] {3, 5, 4, 6, 5};
            case "trend" -> trend();
            default -> new double[] {0, 0, 3, 0, 1, 0, 0, 2, 0, 0, 1, 0, 0, 0, 4, 0};
        };
        int period = name.equals("airpassengers") ? 12 : 1;

        ModelOutputChecks.assertFiniteNestedAndDeterministic(CesModel.auto(), y, period, 12);
    }

    @Test
    void summaryReportsTheChosenFormWithLikelihoodAndCriteria() {
        ModelOutput output = CesModel.auto().fit(ReferenceSeries.airPassengers(), 12, 12, List.of(95.0), () -> { });

        assertThat(output.summary().model()).isIn("CES(s)", "CES(f)");
        assertThat(output.summary().logLikelihood()).isFinite();
        assertThat(output.summary().aicc()).isGreaterThan(output.summary().aic());
        assertThat(output.summary().parameters()).extracting(p -> p.name()).startsWith("a0", "a1");
    }

    @Test
    void seasonalitySettingFixesTheForm() {
        CesMethod method = new CesMethod();
        Settings settings = method.settingsSchema().validate(Map.of("seasonality", "partial", "initial", "optimal"));
        TimeSeries series = new TimeSeries("air", ReferenceSeries.airPassengers(), List.of(), Frequency.MONTHLY, 12);

        ForecastResult result = method.forecast(new ForecastRequest(series, 12, List.of(80.0)),
                new TestContext(settings, false));

        assertThat(result.method()).isEqualTo("ces");
        assertThat(result.summary().model()).isEqualTo("CES(p)");
        assertThat(result.summary().parameters()).extracting(p -> p.name()).containsExactly("a0", "a1", "b");
    }

    @Test
    void trendingSeriesAreExtrapolated() {
        ModelOutput output = CesModel.auto().fit(trend(), 1, 6, List.of(80.0), () -> { });

        assertThat(output.point()[5]).isGreaterThan(trend()[39]);
    }

    private static double[] trend() {
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 3 * t + 4 * Math.sin(t * 1.7);
        }
        return y;
    }
}
