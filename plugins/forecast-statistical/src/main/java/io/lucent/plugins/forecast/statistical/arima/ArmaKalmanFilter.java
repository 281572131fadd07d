package io.lucent.plugins.forecast.statistical.arima;

import java.util.Arrays;

/**
 * The exact Gaussian likelihood of a stationary ARMA(p, q) series by the Kalman filter, in the state-space
 * form R's {@code arima} uses (Harvey's form: state dimension {@code r = max(p, q + 1)}, transition with the
 * AR coefficients in the first column and ones above the diagonal, disturbance loading
 * {@code (1, theta_1, ..., theta_{r-1})}, the observation is the first state).
 *
 * <p>The filter starts from the stationary distribution of the state. Because that start solves the Lyapunov
 * equation {@code P = T P T' + R R'}, every change of the predicted covariance is of rank one, so the
 * covariance is never formed: the Chandrasekhar recursions (Morf, Sidhu and Kailath 1974) update the
 * innovation variance {@code F}, the gain {@code K = T P Z'} and a rank-one factor {@code W m W'} of the
 * covariance change in {@code O(r)} operations per observation. Only the first column of the stationary
 * covariance is needed; it follows from the autocovariances and psi weights of the process.
 *
 * <p>The innovation variance is concentrated out: the filter runs with unit disturbance variance and reports
 * the sum of squared standardised innovations and the sum of log innovation variances. Differenced models
 * are handled by the caller, which filters the differenced series (with a diffuse prior on the integrated
 * states that gives the same likelihood as filtering the undifferenced series).
 *
 * <p>Holds work arrays; not thread-safe. One instance serves one estimation.
 */
final class ArmaKalmanFilter {

    /** Below this size of the covariance change the gain has converged and is no longer updated. */
    private static final double CONVERGED = 1e-11;

    private final int capacity;
    private int p;
    private int q;
    private int r;
    private final double[] phi;
    private final double[] theta;
    private final double[] firstColumn;
    private final double[] a;
    private final double[] gain0;
    private final double[] gain;
    private final double[] factor;
    private final double[] tw;
    private final double[] psi;
    private final double[] gamma;
    private final double[][] levinson;
    private final double[] arAcov;
    private final int[] maLags;
    private double variance0;

    private double ssq;
    private double sumLog;
    private int nu;

    /**
     * Creates a filter for models up to the given orders.
     *
     * @param maxP the largest expanded AR order
     * @param maxQ the largest expanded MA order
     */
    ArmaKalmanFilter(int maxP, int maxQ) {
        this.capacity = Math.max(maxP, maxQ + 1);
        int c = capacity + 1;
        phi = new double[c];
        theta = new double[c];
        firstColumn = new double[c];
        a = new double[c];
        gain0 = new double[c];
        gain = new double[c];
        factor = new double[c];
        tw = new double[c];
        psi = new double[c + 1];
        gamma = new double[c + 1];
        levinson = new double[maxP + 1][Math.max(1, maxP)];
        arAcov = new double[maxP + maxQ + 2];
        maLags = new int[maxQ + 1];
    }

    /**
     * Sets the coefficients and computes the stationary start.
     *
     * @param phiIn   expanded AR coefficients
     * @param thetaIn expanded MA coefficients
     * @return false if the AR part is not stationary (no stationary distribution exists)
     */
    boolean setModel(double[] phiIn, double[] thetaIn) {
        p = phiIn.length;
        q = thetaIn.length;
        r = Math.max(p, q + 1);
        if (r > capacity) {
            throw new IllegalArgumentException("model larger than the filter's capacity");
        }
        Arrays.fill(phi, 0, r + 1, 0.0);
        Arrays.fill(theta, 0, r + 1, 0.0);
        System.arraycopy(phiIn, 0, phi, 0, p);
        System.arraycopy(thetaIn, 0, theta, 0, q);
        if (!autocovariances()) {
            return false;
        }
        // first column of the stationary state covariance: E[y_t state_j]
        for (int j = 0; j < r; j++) {
            double s = 0;
            for (int k = j; k < p; k++) {
                s += phi[k] * gamma[k - j + 1];
            }
            for (int k = j; k <= q; k++) {
                s += th(k) * psi[k - j];
            }
            firstColumn[j] = s;
        }
        firstColumn[r] = 0;
        variance0 = firstColumn[0];
        if (!(variance0 > 0) || !Double.isFinite(variance0)) {
            return false;
        }
        for (int i = 0; i < r; i++) {
            gain0[i] = phi[i] * variance0 + firstColumn[i + 1];
        }
        return true;
    }

    /** theta_k with theta_0 = 1 and zero beyond q. */
    private double th(int k) {
        return k == 0 ? 1.0 : (k <= q ? theta[k - 1] : 0.0);
    }

    /** psi weights to lag q and autocovariances gamma(0..p) of the process with unit innovation variance. */
    private boolean autocovariances() {
        psi[0] = 1;
        for (int j = 1; j <= q; j++) {
            double s = th(j);
            for (int i = 1; i <= Math.min(j, p); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        if (p == 0) {
            double s = 0;
            for (int j = 0; j <= q; j++) {
                s += th(j) * th(j);
            }
            gamma[0] = s;
            return true;
        }
        // Autocovariances of the pure AR process u = e / phi(B): step down to the partial autocorrelations,
        // then up again with the Yule-Walker relations of each order (O(p^2), no linear system).
        double[][] a = levinson;
        System.arraycopy(phi, 0, a[p], 0, p);
        double scale = 1;
        for (int k = p; k >= 1; k--) {
            double kappa = a[k][k - 1];
            if (!(Math.abs(kappa) < 1)) {
                return false;
            }
            double denom = 1 - kappa * kappa;
            scale *= denom;
            for (int j = 1; j < k; j++) {
                a[k - 1][j - 1] = (a[k][j - 1] + kappa * a[k][k - j - 1]) / denom;
            }
        }
        double[] g = arAcov;
        g[0] = 1 / scale;
        for (int k = 1; k <= p; k++) {
            double v = 0;
            double[] ak = a[k];
            for (int j = 1; j <= k; j++) {
                v += ak[j - 1] * g[k - j];
            }
            g[k] = v;
        }
        for (int k = p + 1; k <= p + q; k++) {
            double v = 0;
            for (int j = 1; j <= p; j++) {
                v += phi[j - 1] * g[k - j];
            }
            g[k] = v;
        }
        // gamma_y(k) = sum_{i,j} theta_i theta_j gamma_u(k + j - i) over the non-zero MA coefficients
        int nz = 0;
        for (int i = 0; i <= q; i++) {
            if (th(i) != 0) {
                maLags[nz++] = i;
            }
        }
        for (int k = 0; k <= p; k++) {
            double v = 0;
            for (int x = 0; x < nz; x++) {
                int i = maLags[x];
                double ti = th(i);
                for (int y = 0; y < nz; y++) {
                    int j = maLags[y];
                    v += ti * th(j) * g[Math.abs(k + j - i)];
                }
            }
            gamma[k] = v;
        }
        return gamma[0] > 0 && Double.isFinite(gamma[0]);
    }

    /**
     * Runs the filter over a series; afterwards the state holds the one-step prediction past its end.
     *
     * @param w         the (differenced, demeaned) series
     * @param from      first index to filter
     * @param to        one past the last index
     * @param residuals where to write standardised innovations at the same indices, or null
     */
    void run(double[] w, int from, int to, double[] residuals) {
        run(w, 0.0, from, to, residuals, null);
    }

    /**
     * Runs the filter over {@code x - shift} (a differenced series less its differenced mean or drift).
     *
     * @param x     the series
     * @param shift the constant to subtract from every value
     * @param from  first index to filter
     * @param to    one past the last index
     */
    void run(double[] x, double shift, int from, int to) {
        run(x, shift, from, to, null, null);
    }

    /**
     * The state dimension of the current model.
     *
     * @return r
     */
    int stateDimension() {
        return r;
    }

    /**
     * Runs the filter and also returns the covariance of the one-step state prediction past the end, built
     * from the stationary covariance and the rank-one changes (which costs {@code O(r^2)} per observation until
     * the gain has converged).
     *
     * @param w    the series
     * @param from first index to filter
     * @param to   one past the last index
     * @return the r x r covariance, row-major
     */
    double[] runWithCovariance(double[] w, int from, int to) {
        double[] cov = stationaryCovariance();
        run(w, 0.0, from, to, null, cov);
        return cov;
    }

    /**
     * The full stationary state covariance from its first column, by the Lyapunov identity
     * {@code P[i][j] = P[i+1][j+1] + R_i R_j + phi_i phi_j P[0][0] + phi_i P[0][j+1] + phi_j P[0][i+1]}.
     */
    private double[] stationaryCovariance() {
        int rr = r;
        double[] cov = new double[rr * rr];
        for (int i = rr - 1; i >= 0; i--) {
            double li = i == 0 ? 1.0 : theta[i - 1];
            for (int j = rr - 1; j >= i; j--) {
                double lj = j == 0 ? 1.0 : theta[j - 1];
                double next = i + 1 < rr && j + 1 < rr ? cov[(i + 1) * rr + j + 1] : 0.0;
                double v = next + li * lj + phi[i] * phi[j] * variance0 + phi[i] * firstColumn[j + 1]
                        + phi[j] * firstColumn[i + 1];
                cov[i * rr + j] = v;
                cov[j * rr + i] = v;
            }
        }
        return cov;
    }

    private void run(double[] w, double shift, int from, int to, double[] residuals, double[] covariance) {
        ssq = 0;
        sumLog = 0;
        nu = 0;
        int rr = r;
        Arrays.fill(a, 0, rr + 1, 0.0);
        System.arraycopy(gain0, 0, gain, 0, rr);
        System.arraycopy(gain0, 0, factor, 0, rr);
        gain[rr] = 0;
        factor[rr] = 0;
        double f = variance0;
        double m = -1.0 / f;
        boolean converged = false;
        // the log innovation variances are summed as the log of a running product (F >= 1 in these units)
        double product = 1;
        for (int t = from; t < to; t++) {
            double v = w[t] - shift - a[0];
            double vf = v / f;
            ssq += v * vf;
            product *= f;
            if (product > 1e150) {
                sumLog += Math.log(product);
                product = 1;
            }
            nu++;
            if (residuals != null) {
                residuals[t] = v / Math.sqrt(f);
            }
            // predicted state: a <- T a + K v / F
            double a0 = a[0];
            for (int i = 0; i < rr; i++) {
                a[i] = phi[i] * a0 + a[i + 1] + gain[i] * vf;
            }
            if (converged) {
                continue;
            }
            if (covariance != null) {
                for (int i = 0; i < rr; i++) {
                    double mi = m * factor[i];
                    int base = i * rr;
                    for (int j = 0; j < rr; j++) {
                        covariance[base + j] += mi * factor[j];
                    }
                }
            }
            // Chandrasekhar step: covariance change W m W'
            double zw = factor[0];
            double fNext = f + m * zw * zw;
            double ratio = zw / f;
            double mzw = m * zw;
            double norm = 0;
            for (int i = 0; i < rr; i++) {
                double twi = phi[i] * zw + factor[i + 1];
                factor[i] = twi - ratio * gain[i];
                gain[i] += mzw * twi;
                norm += factor[i] * factor[i];
            }
            m = m * f / fNext;
            f = fNext;
            if (Math.abs(m) * norm < CONVERGED * f) {
                converged = true;
            }
        }
        sumLog += Math.log(product);
    }

    /** @return the sum of squared standardised innovations of the last run */
    double ssq() {
        return ssq;
    }

    /** @return the sum of the log innovation variances (unit disturbance scale) of the last run */
    double sumLog() {
        return sumLog;
    }

    /** @return the number of innovations of the last run */
    int count() {
        return nu;
    }

    /**
     * Forecasts the filtered series after a {@link #run}, from the one-step prediction of the state.
     *
     * @param horizon steps
     * @return the point forecasts of the filtered series
     */
    double[] forecast(int horizon) {
        double[] out = new double[horizon];
        double[] state = Arrays.copyOf(a, r + 1);
        for (int h = 0; h < horizon; h++) {
            out[h] = state[0];
            double a0 = state[0];
            for (int i = 0; i < r; i++) {
                state[i] = phi[i] * a0 + state[i + 1];
            }
        }
        return out;
    }
}
