package io.lucent.plugins.forecast.statistical.arima;

/**
 * Options of the automatic ARIMA search. {@link #defaults()} are R's {@code auto.arima} defaults.
 *
 * @param maxP                largest non-seasonal AR order
 * @param maxQ                largest non-seasonal MA order
 * @param maxSeasonalP        largest seasonal AR order
 * @param maxSeasonalQ        largest seasonal MA order
 * @param maxD                largest number of ordinary differences
 * @param maxSeasonalD        largest number of seasonal differences
 * @param criterion           the ranking criterion
 * @param approximation       whether to search with CSS and refit the best with exact likelihood; null for
 *                            R's rule (more than 150 observations or a period above 12)
 * @param allowDrift          whether a drift may be included when there is one difference
 * @param allowMean           whether a mean may be included when there is no differencing
 * @param maxLength           the series is cut to its last {@code maxLength} observations before fitting
 * @param maxLengthLongPeriod the cut for periods of 24 and more (hourly data), where seasonal fits are slow
 * @param seasonalTest        how seasonal differencing is decided
 * @param stepwise            true for the stepwise search, false to try every model up to {@code maxOrder}
 * @param maxOrder            the largest {@code p + q + P + Q} of the exhaustive search
 */
public record AutoArimaOptions(
        int maxP,
        int maxQ,
        int maxSeasonalP,
        int maxSeasonalQ,
        int maxD,
        int maxSeasonalD,
        InformationCriterion criterion,
        Boolean approximation,
        boolean allowDrift,
        boolean allowMean,
        int maxLength,
        int maxLengthLongPeriod,
        SeasonalTest seasonalTest,
        boolean stepwise,
        int maxOrder) {

    /**
     * Validates the options.
     *
     * @param maxP the {@code maxP} component
     * @param maxQ the {@code maxQ} component
     * @param maxSeasonalP the {@code maxSeasonalP} component
     * @param maxSeasonalQ the {@code maxSeasonalQ} component
     * @param maxD the {@code maxD} component
     * @param maxSeasonalD the {@code maxSeasonalD} component
     * @param criterion the {@code criterion} component
     * @param approximation the {@code approximation} component
     * @param allowDrift the {@code allowDrift} component
     * @param allowMean the {@code allowMean} component
     * @param maxLength the {@code maxLength} component
     * @param maxLengthLongPeriod the {@code maxLengthLongPeriod} component
     * @param seasonalTest the {@code seasonalTest} component
     * @param stepwise the {@code stepwise} component
     * @param maxOrder the {@code maxOrder} component
     */
    public AutoArimaOptions {
        if (maxP < 0 || maxQ < 0 || maxSeasonalP < 0 || maxSeasonalQ < 0 || maxD < 0 || maxSeasonalD < 0) {
            throw new IllegalArgumentException("maximum orders must be non-negative");
        }
        if (maxSeasonalD > 1) {
            throw new IllegalArgumentException("at most one seasonal difference is supported");
        }
        if (maxLength < 4 || maxLengthLongPeriod < 4) {
            throw new IllegalArgumentException("the length cap must be at least 4");
        }
        if (maxOrder < 0) {
            throw new IllegalArgumentException("maxOrder must be non-negative");
        }
        if (criterion == null || seasonalTest == null) {
            throw new IllegalArgumentException("criterion and seasonal test must be given");
        }
    }

    /**
     * Options of the stepwise search with the default seasonal test (seasonal strength).
     *
     * @param maxP                largest non-seasonal AR order
     * @param maxQ                largest non-seasonal MA order
     * @param maxSeasonalP        largest seasonal AR order
     * @param maxSeasonalQ        largest seasonal MA order
     * @param maxD                largest number of ordinary differences
     * @param maxSeasonalD        largest number of seasonal differences
     * @param criterion           the ranking criterion
     * @param approximation       CSS search with exact refits, or null for R's rule
     * @param allowDrift          whether a drift may be included
     * @param allowMean           whether a mean may be included
     * @param maxLength           the history cap
     * @param maxLengthLongPeriod the history cap for periods of 24 and more
     */
    public AutoArimaOptions(int maxP, int maxQ, int maxSeasonalP, int maxSeasonalQ, int maxD, int maxSeasonalD,
            InformationCriterion criterion, Boolean approximation, boolean allowDrift, boolean allowMean,
            int maxLength, int maxLengthLongPeriod) {
        this(maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxD, maxSeasonalD, criterion, approximation, allowDrift,
                allowMean, maxLength, maxLengthLongPeriod, SeasonalTest.SEASONAL_STRENGTH, true, 5);
    }

    /**
     * R's defaults: max.p = max.q = 5, max.P = max.Q = 2, max.d = 2, max.D = 1, AICc, automatic approximation,
     * drift and mean allowed, seasonal strength for seasonal differencing, stepwise search (max.order = 5 for
     * the exhaustive one); series capped at 1000 observations, 336 for periods of 24 or more.
     *
     * @return the default options
     */
    public static AutoArimaOptions defaults() {
        return new AutoArimaOptions(5, 5, 2, 2, 2, 1, InformationCriterion.AICC, null, true, true, 1000, 336);
    }

    /**
     * The cap that applies to a period.
     *
     * @param period the seasonal period
     * @return the largest number of observations used
     */
    public int capFor(int period) {
        return period >= 24 ? Math.min(maxLength, maxLengthLongPeriod) : maxLength;
    }
}
