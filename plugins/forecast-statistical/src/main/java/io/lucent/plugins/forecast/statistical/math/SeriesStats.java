package io.lucent.plugins.forecast.statistical.math;

/** Small descriptive statistics on primitive arrays. */
public final class SeriesStats {

    private SeriesStats() {
    }

    /**
     * The mean.
     *
     * @param x values
     * @return the arithmetic mean, NaN when empty
     */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /**
     * Whether all values are equal (up to a relative 1e-10 of their magnitude).
     *
     * @param x values
     * @return true for a constant series
     */
    public static boolean isConstant(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min <= 1e-10 * Math.max(1.0, Math.max(Math.abs(min), Math.abs(max)));
    }

    /**
     * Whether every value is strictly positive.
     *
     * @param x values
     * @return true if all values exceed zero
     */
    public static boolean allPositive(double[] x) {
        for (double v : x) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mean of the squares of the finite values.
     *
     * @param x values, NaN ignored
     * @param dof the number of degrees of freedom to subtract from the count
     * @return sum of squares over (count - dof), NaN if nothing is left
     */
    public static double meanSquare(double[] x, int dof) {
        double s = 0;
        int count = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                s += v * v;
                count++;
            }
        }
        return count - dof > 0 ? s / (count - dof) : Double.NaN;
    }

    /**
     * The last {@code k} values.
     *
     * @param x values
     * @param k how many to keep
     * @return a copy of the tail, or the whole array when it is shorter
     */
    public static double[] tail(double[] x, int k) {
        if (x.length <= k) {
            return x.clone();
        }
        double[] out = new double[k];
        System.arraycopy(x, x.length - k, out, 0, k);
        return out;
    }
}
