package io.lucent.plugins.forecast.statistical.math;

/** Filling in missing values. */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * Replaces NaN by linear interpolation between the nearest observed neighbours; leading and trailing gaps
     * take the nearest observed value.
     *
     * @param x the series, with at least one finite value
     * @return a new array without NaN
     */
    public static double[] linear(double[] x) {
        double[] out = x.clone();
        int n = out.length;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(out[i])) {
                continue;
            }
            if (previous == -1) {
                for (int j = 0; j < i; j++) {
                    out[j] = out[i];
                }
            } else if (i - previous > 1) {
                double step = (out[i] - out[previous]) / (i - previous);
                for (int j = previous + 1; j < i; j++) {
                    out[j] = out[previous] + step * (j - previous);
                }
            }
            previous = i;
        }
        for (int j = previous + 1; j < n; j++) {
            out[j] = out[previous];
        }
        return out;
    }
}
