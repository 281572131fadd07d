package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.math.Normal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted ARIMA model: its orders, coefficients with standard errors, information criteria, in-sample fit,
 * and forecasts with prediction intervals. Immutable and thread-safe.
 *
 * <p>Point forecasts propagate the Kalman-filtered ARMA state of the differenced series and integrate back.
 * Forecast variances are those of R's Kalman forecast: the uncertainty of the final ARMA state, propagated
 * and integrated, plus {@code sigma2 * sum psi_j^2} with the psi weights of the full model
 * {@code theta(B) / (phi(B) (1 - B)^d (1 - B^m)^D)} for the future innovations (the integrated states are
 * known exactly under the diffuse prior). Where those variances would dip with the horizon (possible with
 * seasonal MA parts on short series) the interval width is held at its previous value instead.
 */
public final class ArimaModel {

    private final double[] x;
    private final PreparedSeries prepared;
    private final ArimaSpec spec;
    private final double[] coefficients;
    private final String[] names;
    private final double[] standardErrors;
    private final boolean[] free;
    private final double[] phi;
    private final double[] theta;
    private final double sigma2;
    private final double logLikelihood;
    private final double aic;
    private final double aicc;
    private final double bic;
    private final double[] residuals;
    private final String fallbackReason;

    ArimaModel(PreparedSeries prepared, Candidate candidate, String fallbackReason) {
        ArimaFit fit = candidate.fit();
        this.prepared = prepared;
        this.x = prepared.values();
        this.spec = fit.spec();
        this.coefficients = fit.coefficients().clone();
        this.names = fit.names().clone();
        this.standardErrors = fit.standardErrors().clone();
        this.free = fit.free().clone();
        this.phi = fit.phi().clone();
        this.theta = fit.theta().clone();
        this.sigma2 = residualVariance(candidate.sigma2(), fit.residuals());
        this.logLikelihood = finite(fit.logLikelihood());
        this.aic = finite(candidate.aic());
        this.aicc = finite(candidate.aicc());
        this.bic = finite(candidate.bic());
        this.residuals = fit.residuals().clone();
        this.fallbackReason = fallbackReason;
    }

    /**
     * R's degrees-of-freedom corrected variance, or the plain mean square of the residuals when there are no
     * degrees of freedom left (a model with as many parameters as observations).
     */
    private static double residualVariance(double corrected, double[] residuals) {
        if (Double.isFinite(corrected) && corrected >= 0) {
            return corrected;
        }
        double ss = 0;
        int count = 0;
        for (double e : residuals) {
            if (Double.isFinite(e)) {
                ss += e * e;
                count++;
            }
        }
        return count > 0 ? ss / count : 0.0;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** @return the orders and constant of the model */
    public ArimaSpec spec() {
        return spec;
    }

    /** @return the model in R's notation, for example {@code ARIMA(0,1,1)(0,1,1)[12]} */
    public String name() {
        return spec.toString();
    }

    /** @return the innovation variance (sum of squared residuals over the residual degrees of freedom) */
    public double sigma2() {
        return sigma2;
    }

    /** @return the log-likelihood, NaN where not defined */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return AIC, NaN where not defined */
    public double aic() {
        return aic;
    }

    /** @return AICc, NaN where not defined */
    public double aicc() {
        return aicc;
    }

    /** @return BIC, NaN where not defined */
    public double bic() {
        return bic;
    }

    /** @return the coefficient estimates in the order ar, ma, sar, sma, intercept or drift */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the coefficient names */
    public List<String> coefficientNames() {
        return List.of(names);
    }

    /** @return the standard errors, NaN for fixed coefficients */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return why a simpler model than requested was used, or null */
    public String fallbackReason() {
        return fallbackReason;
    }

    /** @return remarks on the data preparation (interpolation, capping) */
    public List<String> notes() {
        return prepared.notes();
    }

    /**
     * The residuals (standardised one-step innovations in data units, as R reports them), one per
     * observation of the original series; NaN before the fitting window and for the observations used up by
     * differencing.
     *
     * @return the residuals
     */
    public double[] residuals() {
        double[] out = new double[prepared.length()];
        Arrays.fill(out, Double.NaN);
        System.arraycopy(residuals, 0, out, prepared.start(), residuals.length);
        return out;
    }

    /**
     * The fitted values {@code observation - residual}, one per observation of the original series; NaN where
     * the residual is undefined.
     *
     * @return the fitted values
     */
    public double[] fitted() {
        double[] out = new double[prepared.length()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < residuals.length; i++) {
            out[prepared.start() + i] = x[i] - residuals[i];
        }
        return out;
    }

    /**
     * The parameters with standard errors.
     *
     * @return one parameter per coefficient
     */
    public List<ModelParameter> parameters() {
        List<ModelParameter> out = new ArrayList<>();
        for (int i = 0; i < coefficients.length; i++) {
            out.add(new ModelParameter(names[i], coefficients[i], standardErrors[i], !free[i]));
        }
        return out;
    }

    /**
     * The model summary for a forecast result.
     *
     * @return the summary, marked as a fallback when one was used
     */
    public ModelSummary summary() {
        ModelSummary s = new ModelSummary(name(), parameters(), logLikelihood, aic, aicc, bic, sigma2, null);
        return fallbackReason == null ? s : s.asFallback(fallbackReason);
    }

    /**
     * Forecasts.
     *
     * @param horizon steps ahead, at least 1
     * @param levels  interval levels in percent, each in (0, 100)
     * @return point forecasts and intervals (ascending by level)
     */
    public ArimaForecast forecast(int horizon, List<Double> levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1");
        }
        double[] unitVariance = new double[horizon];
        double[] mean = pointForecasts(horizon, unitVariance);
        double[] sd = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            // Kalman forecast variances can dip slightly with the horizon when the final state is uncertain
            // (seasonal MA parts, short series); intervals are kept from narrowing
            sd[h] = Math.max(Math.sqrt(sigma2 * unitVariance[h]), h > 0 ? sd[h - 1] : 0.0);
        }
        List<Double> sorted = levels.stream().distinct().sorted().toList();
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : sorted) {
            double z = Normal.centralMultiplier(level);
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lo[h] = mean[h] - z * sd[h];
                hi[h] = mean[h] + z * sd[h];
            }
            intervals.add(new PredictionInterval(level, lo, hi));
        }
        return new ArimaForecast(mean, intervals);
    }

    private double regression(int t) {
        if (spec.hasMean()) {
            return coefficients[spec.armaCount()];
        }
        if (spec.hasDrift()) {
            return coefficients[spec.armaCount()] * (t + 1);
        }
        return 0;
    }

    /** Point forecasts; writes the forecast error variances in units of sigma2. */
    private double[] pointForecasts(int horizon, double[] unitVariance) {
        int n = x.length;
        double[] adjusted = new double[n + horizon];
        for (int t = 0; t < n; t++) {
            adjusted[t] = x[t] - regression(t);
        }
        double[] w = Differencing.apply(Arrays.copyOf(adjusted, n), spec.d(), spec.bigD(), spec.period());
        double[] delta = Differencing.integrationCoefficients(spec.d(), spec.bigD(), spec.period());
        double[] wf = forecastDifferenced(w, horizon, delta, unitVariance);
        for (int h = 0; h < horizon; h++) {
            int t = n + h;
            double v = wf[h];
            for (int k = 0; k < delta.length; k++) {
                v += delta[k] * adjusted[t - k - 1];
            }
            adjusted[t] = v;
        }
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = adjusted[n + h] + regression(n + h);
        }
        return mean;
    }

    private double[] forecastDifferenced(double[] w, int horizon, double[] delta, double[] unitVariance) {
        double[] psi = psiWeights(horizon);
        double cum = 0;
        for (int h = 0; h < horizon; h++) {
            unitVariance[h] = cum;
            cum += psi[h] * psi[h];
        }
        ArmaKalmanFilter filter = new ArmaKalmanFilter(phi.length, theta.length);
        if (w.length > 0 && filter.setModel(phi, theta)) {
            double[] cov = filter.runWithCovariance(w, 0, w.length);
            addStateUncertainty(filter.stateDimension(), cov, delta, unitVariance);
            return filter.forecast(horizon);
        }
        for (int h = 0; h < horizon; h++) {
            unitVariance[h] += psi[h] * psi[h];
        }
        return recursiveForecast(w, horizon);
    }

    /** Forecasts without a stationary state-space form: the ARMA recursion with conditional residuals. */
    private double[] recursiveForecast(double[] w, int horizon) {
        int p = phi.length;
        int q = theta.length;
        int n = w.length;
        double[] ext = Arrays.copyOf(w, n + horizon);
        double[] e = new double[n + horizon];
        for (int t = 0; t < n; t++) {
            double v = w[t];
            for (int j = 0; j < p && t - j - 1 >= 0; j++) {
                v -= phi[j] * w[t - j - 1];
            }
            for (int j = 0; j < q && t - j - 1 >= 0; j++) {
                v -= theta[j] * e[t - j - 1];
            }
            e[t] = t >= p ? v : 0;
        }
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int t = n + h;
            double v = 0;
            for (int j = 0; j < p && t - j - 1 >= 0; j++) {
                v += phi[j] * ext[t - j - 1];
            }
            for (int j = 0; j < q && t - j - 1 >= 0; j++) {
                v += theta[j] * e[t - j - 1];
            }
            ext[t] = v;
            out[h] = v;
        }
        return out;
    }

    /**
     * Adds {@code g_h' P g_h} to each step's variance, where P is the covariance of the one-step state
     * prediction and {@code g_h = sum_j xi_{h-j} (T')^{j-1} e_1} maps the state error into the integrated
     * forecast error ({@code xi} the psi weights of the integration, T the ARMA transition).
     */
    private void addStateUncertainty(int r, double[] cov, double[] delta, double[] unitVariance) {
        int horizon = unitVariance.length;
        double[] xi = new double[horizon];
        xi[0] = 1;
        for (int k = 1; k < horizon; k++) {
            double v = 0;
            for (int i = 0; i < delta.length && i < k; i++) {
                v += delta[i] * xi[k - 1 - i];
            }
            xi[k] = v;
        }
        double[][] z = new double[horizon][r];
        z[0][0] = 1;
        for (int j = 1; j < horizon; j++) {
            double first = 0;
            for (int k = 0; k < r && k < phi.length; k++) {
                first += phi[k] * z[j - 1][k];
            }
            z[j][0] = first;
            for (int i = 1; i < r; i++) {
                z[j][i] = z[j - 1][i - 1];
            }
        }
        double[] g = new double[r];
        for (int h = 0; h < horizon; h++) {
            java.util.Arrays.fill(g, 0.0);
            for (int j = 0; j <= h; j++) {
                double c = xi[h - j];
                if (c != 0) {
                    for (int i = 0; i < r; i++) {
                        g[i] += c * z[j][i];
                    }
                }
            }
            double quad = 0;
            for (int i = 0; i < r; i++) {
                double row = 0;
                for (int k = 0; k < r; k++) {
                    row += cov[i * r + k] * g[k];
                }
                quad += g[i] * row;
            }
            unitVariance[h] += Math.max(0, quad);
        }
    }

    /** psi weights of theta(B) / (phi(B) * differencing(B)), lags 0 .. horizon-1. */
    private double[] psiWeights(int horizon) {
        double[] delta = Differencing.integrationCoefficients(spec.d(), spec.bigD(), spec.period());
        // AR side as polynomial 1 - sum a_k B^k: (1 - sum phi B^k)(1 - sum delta B^k)
        double[] left = new double[phi.length + 1];
        left[0] = 1;
        for (int i = 0; i < phi.length; i++) {
            left[i + 1] = -phi[i];
        }
        double[] right = new double[delta.length + 1];
        right[0] = 1;
        for (int i = 0; i < delta.length; i++) {
            right[i + 1] = -delta[i];
        }
        double[] prod = Differencing.multiply(left, right);
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            double v = j <= theta.length ? theta[j - 1] : 0;
            for (int i = 1; i < prod.length && i <= j; i++) {
                v -= prod[i] * psi[j - i];
            }
            psi[j] = v;
        }
        return psi;
    }
}
