package io.lucent.plugins.forecast.statistical.math;

/**
 * The Box-Cox transformation {@code (sign(y)|y|^λ - 1) / λ} ({@code log y} for λ = 0) and its inverse, with λ
 * chosen by Guerrero's method as R's {@code BoxCox.lambda(method = "guerrero")}: the λ that minimises the
 * coefficient of variation of {@code sd / mean^(1-λ)} over consecutive subseries of one period (two
 * observations for non-seasonal data), found by golden-section search on a bounded interval.
 */
public final class BoxCox {

    private static final double TOLERANCE = 1e-4;

    private BoxCox() {
    }

    /**
     * Guerrero's λ.
     *
     * @param y      the series, positive, at least two subseries long
     * @param period the seasonal period (values below 2 use subseries of two observations)
     * @param lower  the smallest λ considered
     * @param upper  the largest λ considered
     * @return λ in [lower, upper]
     */
    public static double guerreroLambda(double[] y, int period, double lower, double upper) {
        int p = Math.max(2, period);
        int groups = y.length / p;
        if (groups < 2) {
            throw new IllegalArgumentException("Guerrero's method needs at least two subseries of " + p);
        }
        double[] means = new double[groups];
        double[] sds = new double[groups];
        int offset = y.length - groups * p;
        for (int g = 0; g < groups; g++) {
            double sum = 0;
            for (int i = 0; i < p; i++) {
                sum += y[offset + g * p + i];
            }
            double mean = sum / p;
            double ss = 0;
            for (int i = 0; i < p; i++) {
                double d = y[offset + g * p + i] - mean;
                ss += d * d;
            }
            means[g] = mean;
            sds[g] = Math.sqrt(ss / (p - 1));
        }
        double golden = (Math.sqrt(5) - 1) / 2;
        double a = lower;
        double b = upper;
        double c = b - golden * (b - a);
        double d = a + golden * (b - a);
        double fc = variation(means, sds, c);
        double fd = variation(means, sds, d);
        while (b - a > TOLERANCE) {
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - golden * (b - a);
                fc = variation(means, sds, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + golden * (b - a);
                fd = variation(means, sds, d);
            }
        }
        return (a + b) / 2;
    }

    private static double variation(double[] means, double[] sds, double lambda) {
        int k = means.length;
        double[] ratio = new double[k];
        for (int g = 0; g < k; g++) {
            ratio[g] = sds[g] / Math.pow(means[g], 1 - lambda);
        }
        double mean = SeriesStats.mean(ratio);
        double ss = 0;
        for (double r : ratio) {
            ss += (r - mean) * (r - mean);
        }
        double cv = Math.sqrt(ss / (k - 1)) / mean;
        return Double.isFinite(cv) ? cv : Double.MAX_VALUE;
    }

    /**
     * Transforms values.
     *
     * @param y      the values (positive when λ = 0)
     * @param lambda λ
     * @return the transformed values
     */
    public static double[] transform(double[] y, double lambda) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = lambda == 0 ? Math.log(y[i])
                    : (Math.signum(y[i]) * Math.pow(Math.abs(y[i]), lambda) - 1) / lambda;
        }
        return out;
    }

    /**
     * The inverse transformation, {@code sign(λz+1)|λz+1|^(1/λ)} ({@code exp z} for λ = 0), as R's
     * {@code InvBoxCox}.
     *
     * @param z      transformed values
     * @param lambda λ
     * @return the values on the original scale
     */
    public static double[] inverse(double[] z, double lambda) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            if (lambda == 0) {
                out[i] = Math.exp(z[i]);
            } else {
                double v = lambda * z[i] + 1;
                out[i] = Math.signum(v) * Math.pow(Math.abs(v), 1 / lambda);
            }
        }
        return out;
    }
}
