package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Point forecasts and prediction intervals of a fitted ETS model.
 *
 * <p>Intervals are analytic for the linear models (class 1: additive errors, no multiplicative season) and
 * for multiplicative errors with additive components (class 2), using the formulas of Hyndman et al. (2008,
 * ch. 6). Models with a multiplicative season (class 3) and additive-error models with a multiplicative
 * season get empirical quantiles of simulated sample paths, drawn with a fixed seed so that the result is
 * reproducible.
 */
public final class EtsForecaster {

    /** Simulated paths for models without analytic intervals, as many as R draws. */
    static final int PATHS = 5000;
    private static final long SEED = 0x5EED_E75L;

    private EtsForecaster() {
    }

    /**
     * The point forecasts: the state recursions with zero errors.
     *
     * @param fit     the fitted model
     * @param horizon the number of steps
     * @return the forecasts
     */
    public static double[] point(EtsFit fit, int horizon) {
        EtsState s = fit.finalState();
        double phi = fit.parameters().phi();
        double[] out = new double[horizon];
        double damp = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            power *= phi;
            damp += power;
            double q = s.level() + (fit.spec().hasTrend() ? damp * s.trend() : 0);
            out[h - 1] = switch (fit.spec().season()) {
                case NONE -> q;
                case ADDITIVE -> q + s.seasonAt(h);
                case MULTIPLICATIVE -> q * s.seasonAt(h);
            };
        }
        return out;
    }

    /**
     * Prediction intervals at the given levels.
     *
     * @param fit     the fitted model
     * @param point   the point forecasts from {@link #point}
     * @param levels  the levels in percent
     * @return one interval per level
     */
    public static List<PredictionInterval> intervals(EtsFit fit, double[] point, List<Double> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        if (fit.spec().season() == EtsSpec.Season.MULTIPLICATIVE) {
            return Intervals.empirical(simulate(fit, point.length), levels);
        }
        return Intervals.normal(point, standardErrors(fit, point), levels);
    }

    /**
     * Analytic forecast standard errors of the class 1 and class 2 models.
     *
     * @param fit   a model without multiplicative season
     * @param point the point forecasts
     * @return the standard errors, one per step
     */
    static double[] standardErrors(EtsFit fit, double[] point) {
        int horizon = point.length;
        double sigma2 = fit.sigma2();
        double[] c = impulseCoefficients(fit, horizon);
        double[] se = new double[horizon];
        if (!fit.spec().multiplicativeError()) {
            double sum = 0;
            for (int h = 1; h <= horizon; h++) {
                if (h > 1) {
                    sum += c[h - 1] * c[h - 1];
                }
                se[h - 1] = Math.sqrt(sigma2 * (1 + sum));
            }
            return se;
        }
        double[] theta = new double[horizon + 1];
        for (int h = 1; h <= horizon; h++) {
            double mu = point[h - 1];
            double t = mu * mu;
            for (int j = 1; j < h; j++) {
                t += sigma2 * c[j] * c[j] * theta[h - j];
            }
            theta[h] = t;
            double v = (1 + sigma2) * t - mu * mu;
            se[h - 1] = Math.sqrt(Math.max(v, 0));
        }
        return se;
    }

    /**
     * The coefficients {@code c_j = w' F^(j-1) g}, j = 1..horizon-1: how much an error today moves the forecast
     * j steps later. {@code c[0]} is unused.
     */
    private static double[] impulseCoefficients(EtsFit fit, int horizon) {
        EtsParameters p = fit.parameters();
        boolean trend = fit.spec().hasTrend();
        boolean season = fit.spec().seasonal();
        int m = fit.period();
        double[] c = new double[Math.max(horizon, 1)];
        double dl = p.alpha();
        double db = trend ? p.beta() : 0;
        double phi = p.phi();
        // ring of seasonal perturbations, next-used first; the one just updated is used again m steps later
        double[] ds = new double[season ? m : 0];
        int pos = 0;
        if (season) {
            ds[m - 1] = p.gamma();
        }
        for (int j = 1; j < horizon; j++) {
            double v = dl + (trend ? phi * db : 0) + (season ? ds[pos] : 0);
            c[j] = v;
            dl = dl + (trend ? phi * db : 0);
            db = phi * db;
            if (season) {
                pos = (pos + 1) % m;
            }
        }
        return c;
    }

    /** Simulated future values {@code [step][path]}, drawn with a fixed seed. */
    private static double[][] simulate(EtsFit fit, int horizon) {
        SplittableRandom random = new SplittableRandom(SEED ^ Double.doubleToLongBits(fit.finalState().level()));
        double sigma = Math.sqrt(Math.max(fit.sigma2(), 0));
        EtsParameters p = fit.parameters();
        EtsSpec spec = fit.spec();
        int m = fit.period();
        double[][] out = new double[horizon][PATHS];
        double[] start = fit.finalState().season();
        double[] ring = new double[start.length];
        for (int path = 0; path < PATHS; path++) {
            double level = fit.finalState().level();
            double trend = fit.finalState().trend();
            System.arraycopy(start, 0, ring, 0, start.length);
            int pos = 0;
            for (int h = 0; h < horizon; h++) {
                double phib = spec.hasTrend() ? p.phi() * trend : 0;
                double q = level + phib;
                double s = spec.seasonal() ? ring[pos] : 0;
                double f = switch (spec.season()) {
                    case NONE -> q;
                    case ADDITIVE -> q + s;
                    case MULTIPLICATIVE -> q * s;
                };
                double z = random.nextGaussian() * sigma;
                double y = spec.multiplicativeError() ? f * (1 + z) : f + z;
                out[h][path] = y;
                double pAdj = switch (spec.season()) {
                    case NONE -> y;
                    case ADDITIVE -> y - s;
                    case MULTIPLICATIVE -> Math.abs(s) < EtsFilter.TOLERANCE ? y : y / s;
                };
                level = q + p.alpha() * (pAdj - q);
                if (spec.hasTrend()) {
                    trend = phib + p.beta() * (pAdj - q);
                }
                if (spec.seasonal()) {
                    double target = spec.season() == EtsSpec.Season.ADDITIVE ? y - q
                            : (Math.abs(q) < EtsFilter.TOLERANCE ? s : y / q);
                    ring[pos] = s + p.gamma() * (target - s);
                    pos = (pos + 1) % m;
                }
            }
        }
        return out;
    }
}
