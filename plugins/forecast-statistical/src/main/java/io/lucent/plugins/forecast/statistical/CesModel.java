package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.ces.AutoCes;
import io.lucent.plugins.forecast.statistical.ces.CesFit;
import io.lucent.plugins.forecast.statistical.ces.CesFitter;
import io.lucent.plugins.forecast.statistical.ces.CesForecast;
import io.lucent.plugins.forecast.statistical.ces.CesInitialisation;
import io.lucent.plugins.forecast.statistical.ces.CesParameters;
import io.lucent.plugins.forecast.statistical.ces.CesSeasonality;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import java.util.ArrayList;
import java.util.List;

/**
 * Complex exponential smoothing as a series model: one CES form, or the form with the smallest AICc among
 * candidates (see {@link AutoCes}), with normal prediction intervals from the model's analytic forecast
 * variance.
 *
 * @param forms          the forms tried on seasonal series; non-seasonal series always use NONE
 * @param initialisation how initial states are obtained
 */
public record CesModel(List<CesSeasonality> forms, CesInitialisation initialisation) implements SeriesModel {

    /** R's auto.ces defaults: NONE, SIMPLE and FULL by AICc, initial states by backcasting. */
    public static CesModel auto() {
        return new CesModel(AutoCes.DEFAULT_CANDIDATES, CesInitialisation.BACKCAST);
    }

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        CesFit fit = new AutoCes(new CesFitter(initialisation), forms).fit(y, period, checkpoint)
                .orElseThrow(() -> new ModelNotApplicableException(
                        "CES could not be fitted (too few observations or no stable parameters)"));
        CesForecast forecast = CesForecast.of(fit, horizon);
        ModelSummary summary = new ModelSummary(fit.seasonality().notation(), parameters(fit),
                fit.logLikelihood(), fit.aic(), fit.aicc(), fit.bic(), fit.sigma2(), null);
        return ModelOutput.of(forecast.point(), Intervals.normal(forecast.point(), forecast.standardErrors(), levels),
                fit.fitted(), summary);
    }

    private static List<ModelParameter> parameters(CesFit fit) {
        CesParameters p = fit.parameters();
        List<ModelParameter> out = new ArrayList<>(List.of(ModelParameter.of("a0", p.a0()),
                ModelParameter.of("a1", p.a1())));
        switch (fit.seasonality()) {
            case PARTIAL -> out.add(ModelParameter.of("b", p.b0()));
            case FULL -> {
                out.add(ModelParameter.of("b0", p.b0()));
                out.add(ModelParameter.of("b1", p.b1()));
            }
            default -> { }
        }
        return out;
    }
}
