package io.lucent.plugins.forecast.statistical.arima;

/**
 * The residuals behind R's conditional sum of squares: {@code e_t = w_t - sum phi_k w_{t-k} - sum theta_k
 * e_{t-k}} from the first index where all AR lags exist, with residuals before it taken as zero. Holds the
 * residual buffer; not thread-safe.
 */
final class ConditionalResiduals {

    private final double[] residuals;
    private final int[] arLags;
    private final double[] arCoef;
    private final int[] maLags;
    private final double[] maCoef;

    /**
     * Creates the buffers.
     *
     * @param length the series length
     * @param maxP   the largest expanded AR order
     * @param maxQ   the largest expanded MA order
     */
    ConditionalResiduals(int length, int maxP, int maxQ) {
        this.residuals = new double[length];
        this.arLags = new int[maxP];
        this.arCoef = new double[maxP];
        this.maLags = new int[maxQ];
        this.maCoef = new double[maxQ];
    }

    /** @return the residuals of the last {@link #meanSquare} call (the buffer itself) */
    double[] residuals() {
        return residuals;
    }

    /**
     * Conditional residuals of {@code w = x - shift} given its first p values (earlier residuals zero), over
     * the non-zero lags of the (typically sparse, seasonal) polynomials.
     *
     * @param x     the differenced series
     * @param shift the differenced mean or drift to subtract from it
     * @param used  its length
     * @param phi   the expanded AR coefficients
     * @param theta the expanded MA coefficients
     * @return the mean square of the residuals
     */
    double meanSquare(double[] x, double shift, int used, double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int na = 0;
        double arSum = 0;
        for (int j = 0; j < p; j++) {
            if (phi[j] != 0) {
                arLags[na] = j + 1;
                arCoef[na++] = phi[j];
                arSum += phi[j];
            }
        }
        int nm = 0;
        for (int j = 0; j < q; j++) {
            if (theta[j] != 0) {
                maLags[nm] = j + 1;
                maCoef[nm++] = theta[j];
            }
        }
        // (x_t - shift) - sum phi_k (x_{t-k} - shift) = x_t - sum phi_k x_{t-k} - shift (1 - sum phi_k)
        double level = shift * (1 - arSum);
        double[] e = residuals;
        double ssq = 0;
        int steady = Math.min(used, p + q);
        for (int t = p; t < steady; t++) {
            double v = x[t] - level;
            for (int j = 0; j < na; j++) {
                v -= arCoef[j] * x[t - arLags[j]];
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
        int from = Math.max(p, steady);
        if (na == p && nm == q) {
            // dense (non-seasonal) polynomials: direct lags
            for (int t = from; t < used; t++) {
                double v = x[t] - level;
                for (int j = 0; j < p; j++) {
                    v -= phi[j] * x[t - j - 1];
                }
                for (int j = 0; j < q; j++) {
                    v -= theta[j] * e[t - j - 1];
                }
                e[t] = v;
                ssq += v * v;
            }
        } else {
            for (int t = from; t < used; t++) {
                double v = x[t] - level;
                for (int j = 0; j < na; j++) {
                    v -= arCoef[j] * x[t - arLags[j]];
                }
                for (int j = 0; j < nm; j++) {
                    v -= maCoef[j] * e[t - maLags[j]];
                }
                e[t] = v;
                ssq += v * v;
            }
        }
        return ssq / (used - p);
    }
}
