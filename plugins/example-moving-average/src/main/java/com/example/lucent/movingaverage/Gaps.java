package com.example.lucent.movingaverage;

/** Missing observations ({@code NaN}): counting them and filling them in. */
final class Gaps {

    private Gaps() {
    }

    static int count(double[] values) {
        int missing = 0;
        for (double value : values) {
            if (Double.isNaN(value)) {
                missing++;
            }
        }
        return missing;
    }

    /**
     * A copy with every gap filled by linear interpolation between its neighbours; gaps at either end take
     * the nearest observation. Needs at least one observation.
     */
    static double[] interpolate(double[] values) {
        double[] filled = values.clone();
        int previous = -1;
        for (int t = 0; t <= filled.length; t++) {
            if (t < filled.length && Double.isNaN(filled[t])) {
                continue;
            }
            for (int gap = previous + 1; gap < t; gap++) {
                if (previous < 0) {
                    filled[gap] = filled[t];
                } else if (t == filled.length) {
                    filled[gap] = filled[previous];
                } else {
                    double share = (double) (gap - previous) / (t - previous);
                    filled[gap] = filled[previous] + share * (filled[t] - filled[previous]);
                }
            }
            previous = t;
        }
        return filled;
    }
}
