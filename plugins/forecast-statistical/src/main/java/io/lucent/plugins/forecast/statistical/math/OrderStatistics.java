package io.lucent.plugins.forecast.statistical.math;

import java.util.Arrays;

/**
 * Puts chosen order statistics of an array in their sorted places without sorting the rest: after
 * {@link #place}, {@code values[k]} holds the value a full ascending sort would put at index {@code k}, for every
 * requested {@code k}. A quickselect that follows only the parts of the array holding requested indices, so a few
 * quantiles of many simulated values cost a few passes instead of a sort.
 */
public final class OrderStatistics {

    /** Ranges this short are finished by insertion sort. */
    private static final int SMALL = 24;

    private OrderStatistics() {
    }

    /**
     * Places the order statistics at the given indices; the array is reordered.
     *
     * @param values  the values; any NaN makes this a full sort (NaN last, as {@link Arrays#sort(double[])})
     * @param indices the wanted indices, each in {@code [0, values.length)}, in any order
     */
    public static void place(double[] values, int... indices) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                Arrays.sort(values);
                return;
            }
        }
        int[] wanted = indices.clone();
        Arrays.sort(wanted);
        select(values, 0, values.length - 1, wanted, 0, wanted.length);
    }

    /** Places the wanted indices {@code wanted[from..to)}, all inside {@code [lo, hi]}. */
    private static void select(double[] a, int lo, int hi, int[] wanted, int from, int to) {
        while (from < to) {
            if (hi - lo < SMALL) {
                insertionSort(a, lo, hi);
                return;
            }
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                double v = a[i];
                if (less(v, pivot)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (less(pivot, v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            int leftEnd = from;
            while (leftEnd < to && wanted[leftEnd] < lt) {
                leftEnd++;
            }
            int rightStart = leftEnd;
            while (rightStart < to && wanted[rightStart] <= gt) {
                rightStart++;
            }
            select(a, lo, lt - 1, wanted, from, leftEnd);
            lo = gt + 1;
            from = rightStart;
        }
    }

    /** The order of {@link Double#compare}, so that -0.0 comes before 0.0 as in a sort. */
    private static boolean less(double x, double y) {
        return x < y || (x == y && Double.compare(x, y) < 0);
    }

    private static double medianOfThree(double x, double y, double z) {
        if (less(x, y)) {
            return less(y, z) ? y : (less(x, z) ? z : x);
        }
        return less(x, z) ? x : (less(y, z) ? z : y);
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && less(v, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
