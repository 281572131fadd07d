package io.lucent.plugins.forecast.statistical.ces;

/**
 * Heuristic initial states, on the scale of the data: the level is the mean of the first cycle (of the first
 * ten observations when non-seasonal), the seasonal states are the first cycle's values (SIMPLE) or their
 * deviations from its mean (PARTIAL, FULL), and each potential is its partner divided by 1.1.
 */
final class CesStartStates {

    private static final int NON_SEASONAL_SPAN = 10;
    private static final double POTENTIAL_RATIO = 1.1;

    private CesStartStates() {
    }

    /**
     * The initial rows for a form.
     *
     * @param system      the model's matrices (for the lags)
     * @param seasonality the form
     * @param y           the observations, at least one full cycle for the seasonal forms
     * @return {@code maxLag} rows, oldest first
     */
    static double[][] of(CesSystem system, CesSeasonality seasonality, double[] y) {
        int lagMax = system.maxLag();
        int span = seasonality == CesSeasonality.NONE ? Math.min(NON_SEASONAL_SPAN, y.length) : lagMax;
        double level = 0;
        for (int i = 0; i < span; i++) {
            level += y[i];
        }
        level /= span;
        double[][] rows = new double[lagMax][system.states()];
        for (int i = 0; i < lagMax; i++) {
            double[] row = rows[i];
            switch (seasonality) {
                case NONE -> setPair(row, 0, level);
                case SIMPLE -> setPair(row, 0, y[i]);
                case PARTIAL -> {
                    setPair(row, 0, level);
                    row[2] = y[i] - level;
                }
                case FULL -> {
                    setPair(row, 0, level);
                    setPair(row, 2, y[i] - level);
                }
            }
        }
        return rows;
    }

    /**
     * Sets the level and potential of the lag-1 pair in every row.
     *
     * @param rows      the rows
     * @param level     the level
     * @param potential the potential
     */
    static void setLevel(double[][] rows, double level, double potential) {
        for (double[] row : rows) {
            row[0] = level;
            row[1] = potential;
        }
    }

    private static void setPair(double[] row, int at, double value) {
        row[at] = value;
        row[at + 1] = value / POTENTIAL_RATIO;
    }
}
