package io.lucent.plugins.forecast.statistical.arima;

/**
 * The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt and Shin 1992) as R's
 * {@code urca::ur.kpss(type = "mu")} computes it, with the lag truncation {@code trunc(3 sqrt(n) / 13)} that
 * {@code forecast::ndiffs} uses and the p-value interpolated linearly in the published table of critical
 * values (0.347, 0.463, 0.574, 0.739 at 10%, 5%, 2.5%, 1%), clamped at its ends.
 */
final class KpssTest {

    private static final double[] CRITICAL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};

    private KpssTest() {
    }

    /**
     * The test statistic.
     *
     * @param x the series, at least two values
     * @return the KPSS level statistic
     */
    static double statistic(double[] x) {
        int n = x.length;
        int lags = (int) (3 * Math.sqrt(n) / 13);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] e = new double[n];
        double cum = 0;
        double eta = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            e[i] = x[i] - mean;
            cum += e[i];
            eta += cum * cum;
            s2 += e[i] * e[i];
        }
        eta /= (double) n * n;
        s2 /= n;
        double longRun = s2;
        for (int lag = 1; lag <= lags; lag++) {
            double cov = 0;
            for (int i = lag; i < n; i++) {
                cov += e[i] * e[i - lag];
            }
            longRun += 2.0 / n * (1 - lag / (lags + 1.0)) * cov;
        }
        return eta / longRun;
    }

    /**
     * The interpolated p-value of a statistic.
     *
     * @param stat the statistic
     * @return a p-value between 0.01 and 0.10
     */
    static double pValue(double stat) {
        if (!(stat > CRITICAL[0])) {
            return Double.isNaN(stat) ? Double.NaN : LEVELS[0];
        }
        for (int i = 1; i < CRITICAL.length; i++) {
            if (stat <= CRITICAL[i]) {
                double f = (stat - CRITICAL[i - 1]) / (CRITICAL[i] - CRITICAL[i - 1]);
                return LEVELS[i - 1] + f * (LEVELS[i] - LEVELS[i - 1]);
            }
        }
        return LEVELS[LEVELS.length - 1];
    }
}
