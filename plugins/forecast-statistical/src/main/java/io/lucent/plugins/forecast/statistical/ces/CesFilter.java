package io.lucent.plugins.forecast.statistical.ces;

/**
 * Runs the CES recursions. States are kept per time step in rows: the first {@code maxLag} rows hold the
 * initial states (row {@code maxLag - 1} is the state just before the first observation; a state with lag m
 * reads the row m steps back), then one row per observation.
 */
final class CesFilter {

    private CesFilter() {
    }

    /**
     * The outcome of a pass over the data.
     *
     * @param sse    the sum of squared one-step errors
     * @param fitted the one-step fitted values
     * @param last   the last {@code maxLag} state rows, oldest first (the initial rows of a continuation)
     */
    record Pass(double sse, double[] fitted, double[][] last) {
    }

    /**
     * One pass over the data from the given initial rows.
     *
     * @param system  the model
     * @param y       the observations
     * @param initial {@code maxLag} rows of {@code states()} values, oldest first
     * @return the pass
     */
    static Pass run(CesSystem system, double[] y, double[][] initial) {
        int k = system.states();
        int lagMax = system.maxLag();
        int n = y.length;
        double[][] rows = new double[lagMax + n][];
        System.arraycopy(initial, 0, rows, 0, lagMax);
        double[] lagged = new double[k];
        double[] fitted = new double[n];
        double sse = 0;
        for (int t = 0; t < n; t++) {
            int row = lagMax + t;
            double forecast = read(system, rows, row, lagged);
            fitted[t] = forecast;
            double e = y[t] - forecast;
            sse += e * e;
            rows[row] = advance(system, lagged, e);
        }
        double[][] last = new double[lagMax][];
        System.arraycopy(rows, n, last, 0, lagMax);
        return new Pass(sse, fitted, last);
    }

    /**
     * Point forecasts: the recursions continued with zero errors.
     *
     * @param system the model
     * @param last   the last {@code maxLag} state rows
     * @param steps  the horizon
     * @return the forecasts
     */
    static double[] forecast(CesSystem system, double[][] last, int steps) {
        int lagMax = system.maxLag();
        double[][] rows = new double[lagMax + steps][];
        System.arraycopy(last, 0, rows, 0, lagMax);
        double[] lagged = new double[system.states()];
        double[] point = new double[steps];
        for (int t = 0; t < steps; t++) {
            point[t] = read(system, rows, lagMax + t, lagged);
            rows[lagMax + t] = advance(system, lagged, 0);
        }
        return point;
    }

    /**
     * The impulse responses {@code psi_j}, j = 0 .. steps - 1 ({@code psi_0 = 1}): how an error at one step moves
     * the one-step forecast j steps later, so that the h-step forecast error is
     * {@code sum_{j<h} psi_j e_{n+h-j}} and its variance {@code sigma^2 sum_{j<h} psi_j^2}.
     *
     * @param system the model
     * @param steps  how many responses
     * @return the responses
     */
    static double[] impulseResponses(CesSystem system, int steps) {
        int k = system.states();
        int lagMax = system.maxLag();
        double[][] rows = new double[lagMax + steps][];
        for (int i = 0; i < lagMax; i++) {
            rows[i] = new double[k];
        }
        double[] lagged = new double[k];
        double[] psi = new double[steps];
        for (int t = 0; t < steps; t++) {
            int row = lagMax + t;
            double response = read(system, rows, row, lagged);
            psi[t] = t == 0 ? 1 : response;
            rows[row] = advance(system, lagged, t == 0 ? 1 : 0);
        }
        return psi;
    }

    /** Fills {@code lagged} with each state at its own lag and returns the one-step forecast. */
    private static double read(CesSystem system, double[][] rows, int row, double[] lagged) {
        int[] lags = system.lags();
        double[] w = system.measurement();
        double forecast = 0;
        for (int j = 0; j < lags.length; j++) {
            lagged[j] = rows[row - lags[j]][j];
            forecast += w[j] * lagged[j];
        }
        return forecast;
    }

    private static double[] advance(CesSystem system, double[] lagged, double e) {
        double[][] f = system.transition();
        double[] g = system.persistence();
        int k = lagged.length;
        double[] next = new double[k];
        for (int i = 0; i < k; i++) {
            double v = g[i] * e;
            double[] fi = f[i];
            for (int j = 0; j < k; j++) {
                v += fi[j] * lagged[j];
            }
            next[i] = v;
        }
        return next;
    }
}
