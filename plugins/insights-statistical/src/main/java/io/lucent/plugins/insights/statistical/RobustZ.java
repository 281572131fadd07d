package io.lucent.plugins.insights.statistical;

/**
 * Robust z-scores: 0.6745 × (x − median) / MAD (Iglewicz and Hoaglin 1993), insensitive to the outliers they
 * are meant to find. With a MAD of zero (more than half the values equal) every score is 0 except where the
 * value differs from the median, which scores ±infinity.
 */
final class RobustZ {

    private RobustZ() {
    }

    static double[] scores(double[] values) {
        double median = MannKendall.median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        double mad = MannKendall.median(deviations);
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double difference = values[i] - median;
            z[i] = mad == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference)) : 0.6745 * difference / mad;
        }
        return z;
    }
}
