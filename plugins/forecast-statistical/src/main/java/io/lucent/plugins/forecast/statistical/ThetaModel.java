package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsFitter;
import io.lucent.plugins.forecast.statistical.ets.EtsForecaster;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import io.lucent.plugins.forecast.statistical.math.LinearTrend;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import java.util.List;

/**
 * The standard Theta method as R's {@code thetaf()} (Hyndman and Billah's SES-with-drift form): when the 90%
 * seasonality test (more than two cycles) finds seasonality, classical multiplicative adjustment; SES fitted by
 * maximum likelihood; the forecasts of SES plus half the slope of the least-squares line times
 * {@code (h - 1) + (1 - (1 - alpha)^n) / alpha}; reseasonalised.
 *
 * <p>Intervals use thetaf's standard errors {@code sigma * sqrt(1 + (h - 1) alpha^2)}; unlike thetaf they are
 * computed on the adjusted scale and multiplied by the seasonal indices, so that they follow the seasonal
 * pattern of the forecasts.
 */
public final class ThetaModel implements SeriesModel {

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        int n = y.length;
        SeasonalAdjustment adjustment = SeasonalAdjustment.theta(y, period);
        double[] x = adjustment.adjusted();
        EtsFit ses = new EtsFitter().fit(x, 1, SmoothingModel.SES, EtsParameters.FREE, checkpoint)
                .orElseThrow(() -> new ModelNotApplicableException("Theta needs at least 4 observations"));
        double[] point = EtsForecaster.point(ses, horizon);
        double drift = LinearTrend.fit(x, n, 0).slope() / 2;
        double alpha = Math.max(1e-10, ses.parameters().alpha());
        double tail = (1 - Math.pow(1 - alpha, n)) / alpha;
        double[] se = new double[horizon];
        double sigma = Math.sqrt(ses.sigma2());
        for (int h = 0; h < horizon; h++) {
            point[h] += drift * (h + tail);
            se[h] = sigma * Math.sqrt(h * alpha * alpha + 1);
        }
        double[] factors = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            factors[h] = adjustment.index(n + h);
        }
        List<ModelParameter> params = List.of(
                new ModelParameter("alpha", alpha, Double.NaN, false),
                ModelParameter.of("drift", drift),
                ModelParameter.of("l0", ses.initialState().level()));
        ModelSummary summary = ModelSummary.withoutLikelihood(
                adjustment.seasonal() ? "Theta (seasonally adjusted)" : "Theta", params, ses.sigma2());
        return ModelOutput.of(adjustment.reseasonalize(point, n),
                Intervals.scale(Intervals.normal(point, se, levels), factors),
                adjustment.reseasonalize(ses.fitted(), 0), summary);
    }
}
