package io.lucent.plugins.forecast.statistical.ces;

import io.lucent.plugins.forecast.statistical.math.NelderMead;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fits one CES form by least squares (equivalently Gaussian maximum likelihood with the variance concentrated
 * out), with Nelder–Mead over the smoothing parameters (and the starting level and potential for
 * {@link CesInitialisation#OPTIMAL}); parameters outside the stability region are rejected. The data are divided
 * by their mean absolute value while fitting, so that initial states and parameters have similar sizes.
 */
public final class CesFitter {

    private static final double TOLERANCE = 1e-8;
    private static final int MAX_EVALUATIONS = 2000;
    private static final int BACKCAST_ROUNDS = 2;
    private static final double[][] FALLBACK_STARTS = {{1.0, 0.5}, {1.5, 0.5}, {1.2, 1.2}};

    private final CesInitialisation initialisation;

    /**
     * A fitter.
     *
     * @param initialisation how initial states are obtained
     */
    public CesFitter(CesInitialisation initialisation) {
        this.initialisation = initialisation;
    }

    /**
     * The minimum number of observations for a form: two whole cycles for the seasonal forms and more
     * observations than estimated values.
     *
     * @param seasonality the form
     * @param period      the seasonal period
     * @return the minimum
     */
    public int minimumObservations(CesSeasonality seasonality, int period) {
        int estimated = seasonality.smoothingParameters() + 1
                + (initialisation == CesInitialisation.OPTIMAL && seasonality.hasLevel() ? 2 : 0);
        int cycles = seasonality == CesSeasonality.NONE ? 0 : 2 * period;
        return Math.max(Math.max(estimated + 2, 4), cycles);
    }

    /**
     * Fits a form.
     *
     * @param y           the observations, finite
     * @param period      the seasonal period (ignored for NONE)
     * @param seasonality the form
     * @param checkpoint  called during the optimisation
     * @return the fit, or empty when the series is too short or no stable parameters were found
     */
    public Optional<CesFit> fit(double[] y, int period, CesSeasonality seasonality, Runnable checkpoint) {
        int n = y.length;
        if (n < minimumObservations(seasonality, period)) {
            return Optional.empty();
        }
        double scale = scale(y);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = y[t] / scale;
        }
        Objective objective = new Objective(x, period, seasonality);
        double[] start = start(objective);
        if (start == null) {
            return Optional.empty();
        }
        NelderMead.Result best = NelderMead.minimize(objective::sse, start, TOLERANCE, MAX_EVALUATIONS, checkpoint);
        if (!Double.isFinite(best.value())) {
            return Optional.empty();
        }
        CesParameters parameters = CesParameters.fromVector(seasonality, best.point());
        CesSystem system = CesSystem.of(seasonality, period, parameters);
        CesFilter.Pass pass = CesFilter.run(system, x, objective.initial(system, best.point()));
        double[] fitted = pass.fitted();
        double[][] last = pass.last();
        for (int t = 0; t < n; t++) {
            fitted[t] *= scale;
        }
        for (double[] row : last) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale;
            }
        }
        double sse = pass.sse() * scale * scale;
        int estimated = best.point().length + 1;
        double logLikelihood = -0.5 * n * (Math.log(2 * Math.PI * Math.max(sse / n, Double.MIN_NORMAL)) + 1);
        return Optional.of(new CesFit(seasonality, period, parameters, fitted, last, sse, estimated, logLikelihood));
    }

    private double[] start(Objective objective) {
        CesParameters p = CesParameters.start(objective.seasonality);
        double[] smoothing = p.toVector(objective.seasonality);
        double[] start = objective.withLevel(smoothing);
        if (Double.isFinite(objective.sse(start))) {
            return start;
        }
        for (double[] a : FALLBACK_STARTS) {
            double[] candidate = smoothing.clone();
            candidate[0] = a[0];
            candidate[1] = a[1];
            if (objective.seasonality == CesSeasonality.PARTIAL) {
                candidate[2] = 0.05;
            } else if (objective.seasonality == CesSeasonality.FULL) {
                candidate[2] = a[0];
                candidate[3] = a[1];
            }
            candidate = objective.withLevel(candidate);
            if (Double.isFinite(objective.sse(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static double scale(double[] y) {
        double s = 0;
        for (double v : y) {
            s += Math.abs(v);
        }
        s /= y.length;
        return s > 0 && Double.isFinite(s) ? s : 1;
    }

    /** The scaled sum of squared errors as a function of the optimiser's vector. */
    private final class Objective {

        private final double[] x;
        private final int period;
        private final CesSeasonality seasonality;
        private final double[] reversed;

        Objective(double[] x, int period, CesSeasonality seasonality) {
            this.x = x;
            this.period = period;
            this.seasonality = seasonality;
            this.reversed = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                reversed[t] = x[x.length - 1 - t];
            }
        }

        boolean optimisesLevel() {
            return initialisation == CesInitialisation.OPTIMAL && seasonality.hasLevel();
        }

        /** Appends the heuristic starting level and potential when they are estimated. */
        double[] withLevel(double[] smoothing) {
            if (!optimisesLevel()) {
                return smoothing;
            }
            double[][] rows = CesStartStates.of(CesSystem.of(seasonality, period,
                    CesParameters.fromVector(seasonality, smoothing)), seasonality, x);
            double[] v = Arrays.copyOf(smoothing, smoothing.length + 2);
            v[smoothing.length] = rows[rows.length - 1][0];
            v[smoothing.length + 1] = rows[rows.length - 1][1];
            return v;
        }

        double sse(double[] v) {
            CesSystem system = CesSystem.of(seasonality, period, CesParameters.fromVector(seasonality, v));
            if (!system.stable()) {
                return Double.POSITIVE_INFINITY;
            }
            double sse = CesFilter.run(system, x, initial(system, v)).sse();
            return Double.isFinite(sse) ? sse : Double.POSITIVE_INFINITY;
        }

        double[][] initial(CesSystem system, double[] v) {
            double[][] rows = CesStartStates.of(system, seasonality, x);
            if (optimisesLevel()) {
                int at = seasonality.smoothingParameters();
                CesStartStates.setLevel(rows, v[at], v[at + 1]);
                return rows;
            }
            if (initialisation == CesInitialisation.OPTIMAL) {
                return rows;
            }
            for (int round = 0; round < BACKCAST_ROUNDS; round++) {
                double[][] end = CesFilter.run(system, x, rows).last();
                double[][] back = CesFilter.run(system, reversed, reverse(end)).last();
                rows = reverse(back);
            }
            return rows;
        }
    }

    private static double[][] reverse(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[rows.length - 1 - i];
        }
        return out;
    }
}
