package io.lucent.timeseries.stl;

/**
 * The parameters of an STL decomposition, named and defaulted as in R's {@code stats::stl}. Start from
 * {@link #of(int, int)} or {@link #periodic(int)} (R's defaults) and change what differs with the {@code with...}
 * methods. A window or jump of {@link #DERIVED} is derived from the others when the series length is known, as R
 * does; {@link #resolve(int)} gives the values actually used.
 *
 * @param period         the number of observations per cycle, at least 2 (R's {@code frequency(x)})
 * @param periodic       R's {@code s.window = "periodic"}: a seasonal window of {@code 10 n + 1}, seasonal degree 0,
 *                       and the seasonal component replaced by its mean at each position of the cycle
 * @param seasonalWindow the loess window of the cycle-subseries, odd and at least 3 (ignored when periodic)
 * @param seasonalDegree 0 or 1 (R's {@code s.degree}, default 0)
 * @param trendWindow    odd, at least 3, or {@link #DERIVED}: {@code nextodd(ceiling(1.5 period / (1 - 1.5 /
 *                       s.window)))}
 * @param trendDegree    0 or 1 (R's {@code t.degree}, default 1)
 * @param lowPassWindow  odd, at least 3, or {@link #DERIVED}: {@code nextodd(period)}
 * @param lowPassDegree  0 or 1 (R's {@code l.degree}, default 1, the trend degree)
 * @param seasonalJump   at least 1, or {@link #DERIVED}: {@code ceiling(s.window / 10)}
 * @param trendJump      at least 1, or {@link #DERIVED}: {@code ceiling(t.window / 10)}
 * @param lowPassJump    at least 1, or {@link #DERIVED}: {@code ceiling(l.window / 10)}
 * @param innerPasses    the passes of the inner loop, at least 1 (R's {@code inner}: 2, or 1 when robust)
 * @param outerPasses    the robustness iterations, at least 0 (R's {@code outer}: 0, or 15 when robust); each one
 *                       recomputes the bisquare robustness weights from the remainder and runs the inner loop again
 */
public record StlParameters(int period, boolean periodic, int seasonalWindow, int seasonalDegree, int trendWindow,
                            int trendDegree, int lowPassWindow, int lowPassDegree, int seasonalJump, int trendJump,
                            int lowPassJump, int innerPasses, int outerPasses) {

    /** A window or jump derived from the others, as R's defaults. */
    public static final int DERIVED = 0;

    /** Validates the parameters. */
    public StlParameters {
        if (period < 2) {
            throw new IllegalArgumentException("STL needs a period of at least 2");
        }
        if (!periodic) {
            requireOddWindow("seasonal", seasonalWindow, false);
        }
        requireOddWindow("trend", trendWindow, true);
        requireOddWindow("low-pass", lowPassWindow, true);
        requireDegree(seasonalDegree);
        requireDegree(trendDegree);
        requireDegree(lowPassDegree);
        if (periodic && seasonalDegree != 0) {
            throw new IllegalArgumentException("A periodic season has degree 0");
        }
        if (seasonalJump < 0 || trendJump < 0 || lowPassJump < 0) {
            throw new IllegalArgumentException("STL jumps must be at least 1");
        }
        if (innerPasses < 1 || outerPasses < 0) {
            throw new IllegalArgumentException("STL needs at least one inner pass and no negative outer passes");
        }
    }

    /**
     * R's {@code stl(x, s.window)} with every other argument at its default: seasonal degree 0, trend and low-pass
     * degree 1, derived trend and low-pass windows and jumps, two inner passes, no robustness iterations.
     *
     * @param period         the period, at least 2
     * @param seasonalWindow the seasonal loess window, odd and at least 3
     * @return the parameters
     */
    public static StlParameters of(int period, int seasonalWindow) {
        return new StlParameters(period, false, seasonalWindow, 0, DERIVED, 1, DERIVED, 1, DERIVED, DERIVED, DERIVED,
                2, 0);
    }

    /**
     * R's {@code stl(x, s.window = "periodic")} with every other argument at its default.
     *
     * @param period the period, at least 2
     * @return the parameters
     */
    public static StlParameters periodic(int period) {
        return new StlParameters(period, true, DERIVED, 0, DERIVED, 1, DERIVED, 1, DERIVED, DERIVED, DERIVED, 2, 0);
    }

    /** The same with another seasonal degree (0 or 1). */
    public StlParameters withSeasonalDegree(int degree) {
        return new StlParameters(period, periodic, seasonalWindow, degree, trendWindow, trendDegree, lowPassWindow,
                lowPassDegree, seasonalJump, trendJump, lowPassJump, innerPasses, outerPasses);
    }

    /** The same with another trend window (odd, at least 3, or {@link #DERIVED}). */
    public StlParameters withTrendWindow(int window) {
        return new StlParameters(period, periodic, seasonalWindow, seasonalDegree, window, trendDegree, lowPassWindow,
                lowPassDegree, seasonalJump, trendJump, lowPassJump, innerPasses, outerPasses);
    }

    /** The same with another low-pass window (odd, at least 3, or {@link #DERIVED}). */
    public StlParameters withLowPassWindow(int window) {
        return new StlParameters(period, periodic, seasonalWindow, seasonalDegree, trendWindow, trendDegree, window,
                lowPassDegree, seasonalJump, trendJump, lowPassJump, innerPasses, outerPasses);
    }

    /** The same with other trend and low-pass degrees (0 or 1; R's {@code l.degree} defaults to {@code t.degree}). */
    public StlParameters withTrendDegrees(int trend, int lowPass) {
        return new StlParameters(period, periodic, seasonalWindow, seasonalDegree, trendWindow, trend, lowPassWindow,
                lowPass, seasonalJump, trendJump, lowPassJump, innerPasses, outerPasses);
    }

    /** The same with other jumps (at least 1, or {@link #DERIVED}). */
    public StlParameters withJumps(int seasonal, int trend, int lowPass) {
        return new StlParameters(period, periodic, seasonalWindow, seasonalDegree, trendWindow, trendDegree,
                lowPassWindow, lowPassDegree, seasonal, trend, lowPass, innerPasses, outerPasses);
    }

    /** The same with loess evaluated at every position (all jumps 1): slower, no interpolation. */
    public StlParameters withoutJumps() {
        return withJumps(1, 1, 1);
    }

    /** The same with other numbers of inner passes (at least 1) and robustness iterations (at least 0). */
    public StlParameters withPasses(int inner, int outer) {
        return new StlParameters(period, periodic, seasonalWindow, seasonalDegree, trendWindow, trendDegree,
                lowPassWindow, lowPassDegree, seasonalJump, trendJump, lowPassJump, inner, outer);
    }

    /** R's {@code robust = TRUE}: one inner pass and 15 robustness iterations. */
    public StlParameters robust() {
        return withPasses(1, 15);
    }

    /**
     * The values used for a series of {@code n} observations: derived windows and jumps filled in as R does
     * (from the windows as given), then windows raised to at least 3.
     *
     * @param n the series length
     * @return the resolved parameters, with no {@link #DERIVED} left
     */
    public StlParameters resolve(int n) {
        int sWindow = periodic ? 10 * n + 1 : seasonalWindow;
        int tWindow = trendWindow != DERIVED ? trendWindow
                : nextOdd((int) Math.ceil(1.5 * period / (1 - 1.5 / sWindow)));
        int lWindow = lowPassWindow != DERIVED ? lowPassWindow : nextOdd(period);
        int sJump = seasonalJump != DERIVED ? seasonalJump : (int) Math.ceil(sWindow / 10.0);
        int tJump = trendJump != DERIVED ? trendJump : (int) Math.ceil(tWindow / 10.0);
        int lJump = lowPassJump != DERIVED ? lowPassJump : (int) Math.ceil(lWindow / 10.0);
        return new StlParameters(period, periodic, Math.max(3, sWindow), seasonalDegree, Math.max(3, tWindow),
                trendDegree, Math.max(3, lWindow), lowPassDegree, sJump, tJump, lJump, innerPasses, outerPasses);
    }

    /**
     * The smallest odd number not below {@code value}: loess spans are odd, so that a window is centred.
     *
     * @param value a span
     * @return {@code value} if odd, else {@code value + 1}
     */
    public static int nextOdd(int value) {
        return value % 2 == 0 ? value + 1 : value;
    }

    private static void requireOddWindow(String name, int window, boolean derivable) {
        if (derivable && window == DERIVED) {
            return;
        }
        if (window < 3 || window % 2 == 0) {
            throw new IllegalArgumentException("The " + name + " window must be odd and at least 3");
        }
    }

    private static void requireDegree(int degree) {
        if (degree < 0 || degree > 1) {
            throw new IllegalArgumentException("STL loess degrees are 0 or 1");
        }
    }
}
