package io.lucent.plugins.forecast.statistical.ets;

/**
 * The ETS recursions over a series: one-step forecasts, errors, state updates and the likelihood criterion.
 *
 * <p>As in R's forecast package the state updates are written in terms of the observation, so they are the
 * same for additive and multiplicative errors; the error type only changes the likelihood. The criterion is
 * R's: {@code n log(sum e^2) + 2 sum log|f|} (the last term for multiplicative errors), that is minus twice
 * the log-likelihood up to a constant that is the same for every model of a series.
 */
final class EtsFilter {

    /** Forecasts or seasonal states this close to zero make multiplicative terms undefined. */
    static final double TOLERANCE = 1e-10;
    private static final double HUGE = 1e10;

    private EtsFilter() {
    }

    /**
     * What a full pass over the data produced.
     *
     * @param criterion  R's likelihood criterion (NaN if the pass broke down)
     * @param fitted     the one-step forecasts
     * @param errors     the model errors (relative for multiplicative errors)
     * @param finalState the state after the last observation
     */
    record Output(double criterion, double[] fitted, double[] errors, EtsState finalState) {
    }

    /**
     * The likelihood criterion only, without allocating output arrays.
     *
     * @param spec       the model
     * @param y          the data
     * @param alpha      level smoothing
     * @param beta       trend smoothing
     * @param gamma      seasonal smoothing
     * @param phi        damping (1 when not damped)
     * @param level0     initial level
     * @param trend0     initial trend
     * @param season0    initial seasonal states, next-used first; not modified
     * @return the criterion, NaN if a multiplicative term broke down
     */
    static double criterion(EtsSpec spec, double[] y, double alpha, double beta, double gamma, double phi,
                            double level0, double trend0, double[] season0) {
        return switch (spec.season()) {
            case NONE -> criterionNonSeasonal(spec.multiplicativeError(), spec.hasTrend(), y, alpha, beta, phi,
                    level0, trend0);
            case ADDITIVE -> criterionAdditiveSeason(spec.multiplicativeError(), spec.hasTrend(), y, alpha, beta,
                    gamma, phi, level0, trend0, season0);
            case MULTIPLICATIVE -> criterionMultiplicativeSeason(spec.multiplicativeError(), spec.hasTrend(), y,
                    alpha, beta, gamma, phi, level0, trend0, season0);
        };
    }

    /**
     * The criterion of the non-seasonal models as a tight loop. The recursions are arranged around the one-step
     * forecast {@code q = l + phi b} so that each step depends on the previous one through as few operations
     * as possible (the same arithmetic as {@link #pass}, reordered).
     */
    private static double criterionNonSeasonal(boolean multError, boolean hasTrend, double[] y, double alpha,
                                               double beta, double phi, double level, double trend) {
        double dampedTrend = hasTrend ? phi * trend : 0;
        double damping = hasTrend ? phi : 0;
        double q = level + dampedTrend;
        double sse = 0;
        LogSum logs = new LogSum();
        final int n = y.length;
        for (int t = 0; t < n; t++) {
            double diff = y[t] - q;
            if (multError) {
                if (Math.abs(q) < TOLERANCE) {
                    return Double.NaN;
                }
                double e = diff / q;
                sse += e * e;
                logs.add(q);
            } else {
                sse += diff * diff;
            }
            double nextTrend = dampedTrend + beta * diff;
            double nextLevel = q + alpha * diff;
            dampedTrend = damping * nextTrend;
            q = nextLevel + dampedTrend;
        }
        return n * Math.log(sse) + (multError ? 2 * logs.total() : 0);
    }

    /** The criterion of the additive-season models as a tight loop, arranged as the non-seasonal one. */
    private static double criterionAdditiveSeason(boolean multError, boolean hasTrend, double[] y, double alpha,
                                                  double beta, double gamma, double phi, double level,
                                                  double trend, double[] season0) {
        final int m = season0.length;
        final double[] ring = season0.clone();
        double dampedTrend = hasTrend ? phi * trend : 0;
        double damping = hasTrend ? phi : 0;
        double q = level + dampedTrend;
        double sse = 0;
        LogSum logs = new LogSum();
        final int n = y.length;
        int pos = 0;
        for (int t = 0; t < n; t++) {
            double s = ring[pos];
            double diff = (y[t] - s) - q;
            if (multError) {
                double f = q + s;
                if (Math.abs(f) < TOLERANCE) {
                    return Double.NaN;
                }
                double e = diff / f;
                sse += e * e;
                logs.add(f);
            } else {
                sse += diff * diff;
            }
            double nextTrend = dampedTrend + beta * diff;
            double nextLevel = q + alpha * diff;
            ring[pos] = s + gamma * diff;
            pos = pos + 1 == m ? 0 : pos + 1;
            dampedTrend = damping * nextTrend;
            q = nextLevel + dampedTrend;
        }
        return n * Math.log(sse) + (multError ? 2 * logs.total() : 0);
    }

    /** The criterion of the multiplicative-season models as a tight loop, arranged as the non-seasonal one. */
    private static double criterionMultiplicativeSeason(boolean multError, boolean hasTrend, double[] y,
                                                        double alpha, double beta, double gamma, double phi,
                                                        double level, double trend, double[] season0) {
        final int m = season0.length;
        final double[] ring = season0.clone();
        double dampedTrend = hasTrend ? phi * trend : 0;
        double damping = hasTrend ? phi : 0;
        double q = level + dampedTrend;
        double sse = 0;
        LogSum logs = new LogSum();
        final int n = y.length;
        int pos = 0;
        for (int t = 0; t < n; t++) {
            double s = ring[pos];
            double obs = y[t];
            double f = q * s;
            if (multError) {
                if (Math.abs(f) < TOLERANCE) {
                    return Double.NaN;
                }
                double e = (obs - f) / f;
                sse += e * e;
                logs.add(f);
            } else {
                double e = obs - f;
                sse += e * e;
            }
            double p = Math.abs(s) < TOLERANCE ? HUGE : obs / s;
            double target = Math.abs(q) < TOLERANCE ? HUGE : obs / q;
            double diff = p - q;
            double nextTrend = dampedTrend + beta * diff;
            double nextLevel = q + alpha * diff;
            ring[pos] = s + gamma * (target - s);
            pos = pos + 1 == m ? 0 : pos + 1;
            dampedTrend = damping * nextTrend;
            q = nextLevel + dampedTrend;
        }
        return n * Math.log(sse) + (multError ? 2 * logs.total() : 0);
    }

    /**
     * Sums {@code log|f|} over many values with few logarithm calls: multiplies while the product stays in a
     * safe range and takes the logarithm only when it leaves it.
     */
    static final class LogSum {
        private double product = 1;
        private double sum;

        void add(double f) {
            double a = Math.abs(f);
            if (a > 1e100 || a < 1e-100) {
                sum += Math.log(a);
                return;
            }
            product *= a;
            if (product > 1e150 || product < 1e-150) {
                sum += Math.log(product);
                product = 1;
            }
        }

        double total() {
            return sum + Math.log(product);
        }
    }

    /**
     * A full pass with fitted values, errors and final state.
     *
     * @param spec    the model
     * @param y       the data
     * @param alpha   level smoothing
     * @param beta    trend smoothing
     * @param gamma   seasonal smoothing
     * @param phi     damping (1 when not damped)
     * @param level0  initial level
     * @param trend0  initial trend
     * @param season0 initial seasonal states, next-used first
     * @return the output
     */
    static Output run(EtsSpec spec, double[] y, double alpha, double beta, double gamma, double phi,
                      double level0, double trend0, double[] season0) {
        double[] fitted = new double[y.length];
        double[] errors = new double[y.length];
        EtsState[] last = new EtsState[1];
        double criterion = pass(spec, y, alpha, beta, gamma, phi, level0, trend0, season0, fitted, errors, last);
        return new Output(criterion, fitted, errors, last[0]);
    }

    private static double pass(EtsSpec spec, double[] y, double alpha, double beta, double gamma, double phi,
                               double level0, double trend0, double[] season0,
                               double[] fitted, double[] errors, EtsState[] last) {
        final boolean multError = spec.multiplicativeError();
        final boolean hasTrend = spec.hasTrend();
        final int seasonKind = spec.season().ordinal(); // 0 none, 1 additive, 2 multiplicative
        final int m = season0.length;
        final double[] ring = m > 0 ? season0.clone() : null;
        int pos = 0;
        double level = level0;
        double trend = hasTrend ? trend0 : 0;
        double sse = 0;
        LogSum logs = new LogSum();
        final int n = y.length;
        boolean broken = false;
        for (int t = 0; t < n; t++) {
            double phib = hasTrend ? phi * trend : 0;
            double q = level + phib;
            double s = seasonKind == 0 ? 0 : ring[pos];
            double f = seasonKind == 0 ? q : (seasonKind == 1 ? q + s : q * s);
            double obs = y[t];
            double e;
            if (multError) {
                if (Math.abs(f) < TOLERANCE) {
                    broken = true;
                    break;
                }
                e = (obs - f) / f;
                logs.add(f);
            } else {
                e = obs - f;
            }
            sse += e * e;
            if (fitted != null) {
                fitted[t] = f;
                errors[t] = e;
            }
            double p;
            if (seasonKind == 0) {
                p = obs;
            } else if (seasonKind == 1) {
                p = obs - s;
            } else {
                p = Math.abs(s) < TOLERANCE ? HUGE : obs / s;
            }
            level = q + alpha * (p - q);
            if (hasTrend) {
                trend = phib + beta * (p - q);
            }
            if (seasonKind != 0) {
                double target;
                if (seasonKind == 1) {
                    target = obs - q;
                } else {
                    target = Math.abs(q) < TOLERANCE ? HUGE : obs / q;
                }
                ring[pos] = s + gamma * (target - s);
                pos = pos + 1 == m ? 0 : pos + 1;
            }
        }
        if (last != null) {
            double[] next = new double[m];
            for (int k = 0; k < m; k++) {
                next[k] = ring[(pos + k) % m];
            }
            last[0] = new EtsState(level, trend, next);
        }
        if (broken) {
            return Double.NaN;
        }
        double criterion = n * Math.log(sse) + (multError ? 2 * logs.total() : 0);
        return criterion;
    }
}
