package io.lucent.plugins.forecast.statistical.arima;

import java.util.Arrays;

/**
 * The exact Gaussian likelihood of a stationary ARMA(p, q) series by the Kalman filter, in the state-space
 * form R's {@code arima} uses (Harvey's form: state dimension {@code r = max(p, q + 1)}, transition with the
 * AR coefficients in the first column, disturbance loading {@code (1, theta_1, ..., theta_{r-1})}).
 *
 * <p>The filter starts from the stationary state covariance (the solution of {@code P = T P T' + R R'},
 * computed from the autocovariances of the process). The innovation variance is concentrated out: the filter
 * runs with unit disturbance variance and reports the sum of squared standardised innovations and the sum of
 * log gains. Once the filtered covariance has vanished (the state is known from the past, as happens after
 * {@code p} steps of a pure AR model and geometrically fast for an invertible MA part) the filter switches to
 * the innovations recursion, which is exact from then on up to the 1e-12 threshold.
 *
 * <p>Differenced models are handled by the caller, which filters the differenced series: with a diffuse
 * prior on the integrated states that gives the same likelihood as filtering the undifferenced series.
 *
 * <p>Holds work arrays; not thread-safe. One instance serves one estimation.
 */
final class ArmaKalmanFilter {

    private static final double STEADY_STATE_TRACE = 1e-12;

    private final int capacity;
    private int p;
    private int q;
    private int r;
    private final double[] phi;
    private final double[] theta;
    private final double[] loading;
    private final double[] p0;
    private final double[] pf;
    private final double[] pn;
    private final double[] a;
    private final double[] anew;
    private final double[] gain;
    private final double[] psi;
    private final double[] gamma;
    private final double[][] system;
    private final int[] phiNonZero;
    private final int[] thetaNonZero;
    private final int[] loadingNonZero;
    private final double[] cross;
    private int phiCount;
    private int thetaCount;
    private int loadingCount;

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
        int c = capacity;
        phi = new double[c];
        theta = new double[c];
        loading = new double[c];
        p0 = new double[c * c];
        pf = new double[c * c];
        pn = new double[c * c];
        a = new double[c];
        anew = new double[c];
        gain = new double[c];
        psi = new double[c + 1];
        gamma = new double[c + 1];
        system = new double[maxP + 1][maxP + 2];
        phiNonZero = new int[c];
        thetaNonZero = new int[c + 1];
        loadingNonZero = new int[c];
        cross = new double[c];
    }

    /**
     * Sets the coefficients and computes the stationary initial covariance.
     *
     * @param phiIn   expanded AR coefficients
     * @param thetaIn expanded MA coefficients
     * @return false if the AR part is not stationary (no stationary covariance exists)
     */
    boolean setModel(double[] phiIn, double[] thetaIn) {
        p = phiIn.length;
        q = thetaIn.length;
        r = Math.max(p, q + 1);
        if (r > capacity) {
            throw new IllegalArgumentException("model larger than the filter's capacity");
        }
        Arrays.fill(phi, 0, r, 0.0);
        Arrays.fill(theta, 0, r, 0.0);
        System.arraycopy(phiIn, 0, phi, 0, p);
        System.arraycopy(thetaIn, 0, theta, 0, q);
        loading[0] = 1;
        for (int i = 1; i < r; i++) {
            loading[i] = theta[i - 1];
        }
        phiCount = 0;
        for (int k = 0; k < p; k++) {
            if (phi[k] != 0) {
                phiNonZero[phiCount++] = k;
            }
        }
        thetaCount = 0;
        thetaNonZero[thetaCount++] = 0;
        for (int k = 1; k <= q; k++) {
            if (theta[k - 1] != 0) {
                thetaNonZero[thetaCount++] = k;
            }
        }
        loadingCount = 0;
        for (int k = 0; k < r; k++) {
            if (loading[k] != 0) {
                loadingNonZero[loadingCount++] = k;
            }
        }
        return stationaryCovariance();
    }

    /** theta_k with theta_0 = 1 and zero beyond q. */
    private double th(int k) {
        return k == 0 ? 1.0 : (k <= q ? theta[k - 1] : 0.0);
    }

    /** phi_k (1-based) with zero beyond p. */
    private double ph(int k) {
        return k >= 1 && k <= p ? phi[k - 1] : 0.0;
    }

    private boolean stationaryCovariance() {
        // psi weights of the ARMA process, needed up to lag q.
        psi[0] = 1;
        for (int j = 1; j <= q; j++) {
            double s = th(j);
            for (int i = 1; i <= Math.min(j, p); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        // Autocovariances gamma(0..p) (unit innovation variance) from the linear system
        // gamma(k) - sum_i phi_i gamma(|k - i|) = sum_{j >= k} theta_j psi_{j - k}.
        if (p == 0) {
            double s = 0;
            for (int j = 0; j <= q; j++) {
                s += th(j) * th(j);
            }
            gamma[0] = s;
        } else {
            int size = p + 1;
            for (int k = 0; k < size; k++) {
                double[] row = system[k];
                Arrays.fill(row, 0, size + 1, 0.0);
                row[k] += 1;
                for (int i = 1; i <= p; i++) {
                    row[Math.abs(k - i)] -= phi[i - 1];
                }
                double rhs = 0;
                for (int j = k; j <= q; j++) {
                    rhs += th(j) * psi[j - k];
                }
                row[size] = rhs;
            }
            if (!solve(system, size, gamma)) {
                return false;
            }
            if (!(gamma[0] > 0) || !Double.isFinite(gamma[0])) {
                return false;
            }
        }
        // E[state_i state_j] with state_i = sum_u phi_{i+u+1} y_{t-1-u} + sum_u theta_{i+u} e_{t-u}; the sums
        // run over the non-zero coefficients only (seasonal polynomials are sparse).
        for (int i = 0; i < r; i++) {
            for (int j = i; j < r; j++) {
                double s = 0;
                for (int a = 0; a < phiCount; a++) {
                    int k = phiNonZero[a];
                    if (k < i) {
                        continue;
                    }
                    int u = k - i;
                    double fk = phi[k];
                    for (int b = 0; b < phiCount; b++) {
                        int l = phiNonZero[b];
                        if (l >= j) {
                            s += fk * phi[l] * gamma[Math.abs(u - (l - j))];
                        }
                    }
                    // y_{t-1-u} with e_{t-v}, v = t' - j > u: psi_{v-1-u}
                    for (int b = 0; b < thetaCount; b++) {
                        int t = thetaNonZero[b];
                        int v = t - j;
                        if (v > u) {
                            s += fk * th(t) * psi[v - 1 - u];
                        }
                    }
                }
                for (int a = 0; a < phiCount; a++) {
                    int l = phiNonZero[a];
                    if (l < j) {
                        continue;
                    }
                    int v = l - j;
                    double fl = phi[l];
                    for (int b = 0; b < thetaCount; b++) {
                        int t = thetaNonZero[b];
                        int u = t - i;
                        if (u > v) {
                            s += fl * th(t) * psi[u - 1 - v];
                        }
                    }
                }
                for (int b = 0; b < thetaCount; b++) {
                    int t = thetaNonZero[b];
                    if (t >= i) {
                        s += th(t) * th(t - i + j);
                    }
                }
                p0[i * r + j] = s;
                p0[j * r + i] = s;
            }
        }
        return true;
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix; false if singular. */
    private static boolean solve(double[][] m, int size, double[] out) {
        for (int col = 0; col < size; col++) {
            int pivot = col;
            double best = Math.abs(m[col][col]);
            for (int row = col + 1; row < size; row++) {
                double v = Math.abs(m[row][col]);
                if (v > best) {
                    best = v;
                    pivot = row;
                }
            }
            if (!(best > 1e-13)) {
                return false;
            }
            if (pivot != col) {
                double[] tmp = m[pivot];
                m[pivot] = m[col];
                m[col] = tmp;
            }
            double[] prow = m[col];
            for (int row = col + 1; row < size; row++) {
                double[] cur = m[row];
                double factor = cur[col] / prow[col];
                if (factor != 0) {
                    for (int k = col; k <= size; k++) {
                        cur[k] -= factor * prow[k];
                    }
                }
            }
        }
        for (int row = size - 1; row >= 0; row--) {
            double s = m[row][size];
            for (int k = row + 1; k < size; k++) {
                s -= m[row][k] * out[k];
            }
            out[row] = s / m[row][row];
        }
        return true;
    }

    /**
     * Runs the filter over a series.
     *
     * @param w         the (differenced, demeaned) series
     * @param from      first index to filter
     * @param to        one past the last index
     * @param residuals where to write standardised innovations at the same indices, or null
     */
    void run(double[] w, int from, int to, double[] residuals) {
        ssq = 0;
        sumLog = 0;
        nu = 0;
        int rr = r;
        Arrays.fill(a, 0, rr, 0.0);
        boolean steady = false;
        for (int t = from; t < to; t++) {
            // state prediction
            double a0 = a[0];
            for (int i = 0; i < rr; i++) {
                double v = i < rr - 1 ? a[i + 1] : 0.0;
                anew[i] = v + phi[i] * a0;
            }
            if (steady) {
                double resid = w[t] - anew[0];
                ssq += resid * resid;
                nu++;
                if (residuals != null) {
                    residuals[t] = resid;
                }
                for (int i = 0; i < rr; i++) {
                    a[i] = anew[i] + loading[i] * resid;
                }
                continue;
            }
            if (t == from) {
                System.arraycopy(p0, 0, pn, 0, rr * rr);
            } else {
                predictCovariance();
            }
            double f = pn[0];
            double resid = w[t] - anew[0];
            nu++;
            ssq += resid * resid / f;
            sumLog += Math.log(f);
            if (residuals != null) {
                residuals[t] = resid / Math.sqrt(f);
            }
            for (int i = 0; i < rr; i++) {
                gain[i] = pn[i * rr];
            }
            double scaled = resid / f;
            double trace = 0;
            for (int i = 0; i < rr; i++) {
                a[i] = anew[i] + gain[i] * scaled;
                double gi = gain[i] / f;
                int base = i * rr;
                for (int j = 0; j < rr; j++) {
                    pf[base + j] = pn[base + j] - gi * gain[j];
                }
                trace += pf[base + i];
            }
            if (trace < STEADY_STATE_TRACE) {
                steady = true;
            }
        }
    }

    /**
     * pn = T pf T' + R R' for the ARMA transition: a shift of pf by one row and column, plus the rank-one
     * disturbance term and the terms of the (sparse) AR column.
     */
    private void predictCovariance() {
        int rr = r;
        for (int i = 0; i < rr - 1; i++) {
            System.arraycopy(pf, (i + 1) * rr + 1, pn, i * rr, rr - 1);
            pn[i * rr + rr - 1] = 0;
        }
        Arrays.fill(pn, (rr - 1) * rr, rr * rr, 0.0);
        for (int a = 0; a < loadingCount; a++) {
            int i = loadingNonZero[a];
            double li = loading[i];
            for (int b = 0; b < loadingCount; b++) {
                int j = loadingNonZero[b];
                pn[i * rr + j] += li * loading[j];
            }
        }
        if (phiCount > 0) {
            double half = 0.5 * pf[0];
            for (int j = 0; j < rr; j++) {
                cross[j] = phi[j] * half + (j < rr - 1 ? pf[j + 1] : 0.0);
            }
            for (int a = 0; a < phiCount; a++) {
                int i = phiNonZero[a];
                double fi = phi[i];
                int base = i * rr;
                for (int j = 0; j < rr; j++) {
                    double v = fi * cross[j];
                    pn[base + j] += v;
                    pn[j * rr + i] += v;
                }
            }
        }
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
     * Forecasts the filtered series after a {@link #run}: the state at the end of the run is propagated.
     *
     * @param horizon steps
     * @return the point forecasts of the filtered series
     */
    double[] forecast(int horizon) {
        double[] out = new double[horizon];
        double[] state = Arrays.copyOf(a, r);
        double[] next = new double[r];
        for (int h = 0; h < horizon; h++) {
            double a0 = state[0];
            for (int i = 0; i < r; i++) {
                next[i] = (i < r - 1 ? state[i + 1] : 0.0) + phi[i] * a0;
            }
            System.arraycopy(next, 0, state, 0, r);
            out[h] = state[0];
        }
        return out;
    }
}
