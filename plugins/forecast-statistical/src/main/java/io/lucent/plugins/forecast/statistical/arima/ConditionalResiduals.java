package io.lucent.plugins.forecast.statistical.arima;

/**
 * The residuals behind R's conditional sum of squares: {@code e_t = w_t - sum phi_k w_{t-k} - sum theta_k
 * e_{t-k}} from the first index where all AR lags exist, with residuals before it taken as zero. Holds the
 * residual buffer; not thread-safe.
 */
final class ConditionalResiduals {

    private final double[] residuals;

    /**
     * Creates the buffer.
     *
     * @param length the series length
     */
    ConditionalResiduals(int length) {
        this.residuals = new double[length];
    }

    /** @return the residuals of the last {@link #meanSquare} call (the buffer itself) */
    double[] residuals() {
        return residuals;
    }

    /**
     * Conditional residuals of w given its first p values (earlier residuals zero), over the non-zero lags of
     * the (typically sparse, seasonal) polynomials.
     *
     * @param w     the differenced, demeaned series
     * @param used  its length
     * @param phi   the expanded AR coefficients
     * @param theta the expanded MA coefficients
     * @return the mean square of the residuals
     */
    double meanSquare(double[] w, int used, double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int[] arLags = new int[p];
        double[] arCoef = new double[p];
        int na = 0;
        for (int j = 0; j < p; j++) {
            if (phi[j] != 0) {
                arLags[na] = j + 1;
                arCoef[na++] = phi[j];
            }
        }
        int[] maLags = new int[q];
        double[] maCoef = new double[q];
        int nm = 0;
        for (int j = 0; j < q; j++) {
            if (theta[j] != 0) {
                maLags[nm] = j + 1;
                maCoef[nm++] = theta[j];
            }
        }
        double[] e = residuals;
        double ssq = 0;
        int steady = Math.min(used, p + q);
        for (int t = p; t < steady; t++) {
            double v = w[t];
            for (int j = 0; j < na; j++) {
                v -= arCoef[j] * w[t - arLags[j]];
            }
            for (int j = 0; j < nm; j++) {
                int lag = maLags[j];
                if (t - lag >= p) {
                    v -= maCoef[j] * e[t - lag];
                }
            }
            e[t] = v;
            ssq += v * v;
        }
        for (int t = Math.max(p, steady); t < used; t++) {
            double v = w[t];
            for (int j = 0; j < na; j++) {
                v -= arCoef[j] * w[t - arLags[j]];
            }
            for (int j = 0; j < nm; j++) {
                v -= maCoef[j] * e[t - maLags[j]];
            }
            e[t] = v;
            ssq += v * v;
        }
        return ssq / (used - p);
    }
}
