package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsState;
import java.util.ArrayList;
import java.util.List;

/**
 * Model summaries of ETS fits. The log-likelihood and information criteria are R's (they leave out the
 * constant {@code n (log(2 pi / n) + 1) / 2}), so they can be compared with R's output directly. Standard
 * errors of the smoothing parameters come from the curvature of the likelihood with the initial states held
 * fixed (R's {@code ets} reports none); they are NaN for estimates on a bound, and for the initial states.
 */
final class EtsSummaries {

    private EtsSummaries() {
    }

    /**
     * The summary of a fit.
     *
     * @param fit    the fit
     * @param prefix text put before the model name, for example "seasonally adjusted " (may be empty)
     * @return the summary
     */
    static ModelSummary of(EtsFit fit, String prefix) {
        List<ModelParameter> params = new ArrayList<>();
        EtsParameters p = fit.parameters();
        boolean[] est = fit.estimated();
        double[] se = fit.standardErrors();
        params.add(new ModelParameter("alpha", p.alpha(), se[0], !est[0]));
        if (fit.spec().hasTrend()) {
            params.add(new ModelParameter("beta", p.beta(), se[1], !est[1]));
        }
        if (fit.spec().seasonal()) {
            params.add(new ModelParameter("gamma", p.gamma(), se[2], !est[2]));
        }
        if (fit.spec().damped()) {
            params.add(new ModelParameter("phi", p.phi(), se[3], !est[3]));
        }
        EtsState s0 = fit.initialState();
        params.add(ModelParameter.of("l0", s0.level()));
        if (fit.spec().hasTrend()) {
            params.add(ModelParameter.of("b0", s0.trend()));
        }
        double[] season = s0.season();
        for (int j = 0; j < season.length; j++) {
            // R's names: s0 is the most recent seasonal state, the last one used first
            params.add(ModelParameter.of("s" + j, season[season.length - 1 - j]));
        }
        return new ModelSummary(prefix + fit.spec(), params, fit.logLikelihood(), fit.aic(), fit.aicc(), fit.bic(),
                fit.sigma2(), null);
    }
}
