package io.lucent.plugins.forecast.statistical.arima;

/**
 * The exact gradient of the CSS objective {@code 0.5 log(S / N)} (S the conditional sum of squares) with respect
 * to the coefficients of a seasonal ARMA model with a mean or drift, by propagating the derivatives of the
 * residual recursion alongside it: one pass over the series instead of two objective evaluations per
 * coefficient.
 *
 * <p>With {@code u = dx - shift}, the residuals are {@code e_t = u_t - sum phi*_k u_{t-k} - sum theta*_k
 * e_{t-k}}; the derivative of {@code e_t} obeys the same MA recursion, driven by the derivative of the
 * multiplicative polynomials ({@code d phi* / d phi_i} is {@code B^i Phi(B^m)}, and so on). Not thread-safe.
 */
final class CssGradient {

    private final ArimaSpec spec;
    private final double[] dx;
    private final int used;
    private final double regressionStep;
    private final boolean[] free;
    private final double[] u;
    private final double[] e;
    private final double[] d;
    private final int[] maLags;
    private final double[] maCoef;

    /**
     * Creates the gradient for one model.
     *
     * @param spec           the orders
     * @param dx             the differenced series
     * @param used           its length
     * @param regressionStep the differenced regressor of the mean or drift
     * @param free           which coefficients are estimated
     */
    CssGradient(ArimaSpec spec, double[] dx, int used, double regressionStep, boolean[] free) {
        this.spec = spec;
        this.dx = dx;
        this.used = used;
        this.regressionStep = regressionStep;
        this.free = free;
        this.u = new double[used];
        this.e = new double[used];
        this.d = new double[used];
        this.maLags = new int[spec.fullMaOrder()];
        this.maCoef = new double[spec.fullMaOrder()];
    }

    /**
     * The gradient at a coefficient vector.
     *
     * @param c     all coefficients (ar, ma, sar, sma, constant)
     * @param phi   the expanded AR polynomial of c
     * @param theta the expanded MA polynomial of c
     * @param out   receives the derivatives with respect to the free coefficients, in order
     */
    void gradient(double[] c, double[] phi, double[] theta, double[] out) {
        int p = spec.p();
        int q = spec.q();
        int bp = spec.bigP();
        int bq = spec.bigQ();
        int m = spec.period();
        int narma = spec.armaCount();
        int start = phi.length;
        double shift = c.length > narma ? c[narma] * regressionStep : 0.0;
        for (int t = 0; t < used; t++) {
            u[t] = dx[t] - shift;
        }
        int nm = 0;
        for (int j = 0; j < theta.length; j++) {
            if (theta[j] != 0) {
                maLags[nm] = j + 1;
                maCoef[nm++] = theta[j];
            }
        }
        double arSum = 0;
        for (double f : phi) {
            arSum += f;
        }
        double ssq = 0;
        for (int t = start; t < used; t++) {
            double v = u[t];
            for (int k = 0; k < start; k++) {
                v -= phi[k] * u[t - k - 1];
            }
            v -= maSum(e, t, start, nm);
            e[t] = v;
            ssq += v * v;
        }
        int col = 0;
        for (int idx = 0; idx < c.length; idx++) {
            if (!free[idx]) {
                continue;
            }
            double dot = 0;
            for (int t = start; t < used; t++) {
                double v;
                if (idx < p) {
                    int i = idx + 1;
                    v = -u[t - i];
                    for (int j = 1; j <= bp; j++) {
                        v += c[p + q + j - 1] * u[t - i - m * j];
                    }
                } else if (idx < p + q) {
                    int i = idx - p + 1;
                    v = -lagged(t, i, start);
                    for (int j = 1; j <= bq; j++) {
                        v -= c[p + q + bp + j - 1] * lagged(t, i + m * j, start);
                    }
                } else if (idx < p + q + bp) {
                    int lag = m * (idx - p - q + 1);
                    v = -u[t - lag];
                    for (int i = 1; i <= p; i++) {
                        v += c[i - 1] * u[t - lag - i];
                    }
                } else if (idx < narma) {
                    int lag = m * (idx - p - q - bp + 1);
                    v = -lagged(t, lag, start);
                    for (int i = 1; i <= q; i++) {
                        v -= c[p + i - 1] * lagged(t, lag + i, start);
                    }
                } else {
                    v = -regressionStep * (1 - arSum);
                }
                v -= maSum(d, t, start, nm);
                d[t] = v;
                dot += e[t] * v;
            }
            out[col++] = dot / ssq;
        }
    }

    /** sum theta*_l x_{t-l} over the in-window lags. */
    private double maSum(double[] x, int t, int start, int nm) {
        double s = 0;
        for (int j = 0; j < nm; j++) {
            int lag = maLags[j];
            if (t - lag >= start) {
                s += maCoef[j] * x[t - lag];
            }
        }
        return s;
    }

    /** A residual inside the conditioning window, zero before it. */
    private double lagged(int t, int lag, int start) {
        int s = t - lag;
        return s >= start ? e[s] : 0.0;
    }
}
