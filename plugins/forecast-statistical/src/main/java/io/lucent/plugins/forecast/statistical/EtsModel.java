package io.lucent.plugins.forecast.statistical;

import io.lucent.plugins.forecast.statistical.ets.AutoEts;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsPattern;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import java.util.List;

/**
 * AutoETS (or one ETS model when the pattern has no Z), fitted to the series as it is.
 *
 * @param pattern the model pattern, for example ZZZ or MAdM
 * @param damped  null to try damped and undamped trends, otherwise only one kind
 * @param fixed   fixed smoothing parameters (NaN = estimate)
 */
public record EtsModel(EtsPattern pattern, Boolean damped, EtsParameters fixed) implements SeriesModel {

    /** R's defaults: every admissible model, all parameters estimated. */
    public static final EtsModel AUTO = new EtsModel(EtsPattern.AUTO, null, EtsParameters.FREE);

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        EtsFit fit = new AutoEts().fit(y, period, pattern, damped, fixed, checkpoint)
                .orElseThrow(() -> new ModelNotApplicableException("no ETS model could be fitted to "
                        + y.length + " observations"));
        return SmoothingModel.output(fit, SeasonalAdjustment.none(y), y.length, horizon, levels);
    }
}
