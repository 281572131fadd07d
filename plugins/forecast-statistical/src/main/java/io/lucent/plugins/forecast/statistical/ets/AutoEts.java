package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.List;
import java.util.Optional;

/**
 * Automatic ETS: fits every admissible model the pattern allows and keeps the one with the smallest AICc, as
 * R's {@code ets()} does with its defaults (no multiplicative trend, multiplicative forms only for positive
 * data, no additive error with multiplicative season, seasonal models only for periods 2 to 24).
 */
public final class AutoEts {

    /** R's ets refuses seasonal models above this period. */
    public static final int MAX_SEASONAL_PERIOD = 24;

    private final EtsFitter fitter = new EtsFitter();

    /**
     * Fits and selects.
     *
     * @param y          the data, finite
     * @param m          the seasonal period
     * @param pattern    which models to consider
     * @param damped     null to consider damped and undamped trends, otherwise only one kind
     * @param fixed      fixed smoothing parameters (NaN = estimate)
     * @param checkpoint called regularly, to honour cancellation
     * @return the best fit, or empty if no model could be fitted
     */
    public Optional<EtsFit> fit(double[] y, int m, EtsPattern pattern, Boolean damped, EtsParameters fixed,
                                Runnable checkpoint) {
        boolean seasonalAllowed = m > 1 && m <= MAX_SEASONAL_PERIOD && y.length > m;
        List<EtsSpec> candidates = pattern.candidates(SeriesStats.allPositive(y), seasonalAllowed, damped);
        EtsFit best = null;
        for (EtsSpec spec : candidates) {
            checkpoint.run();
            Optional<EtsFit> fit = fitter.fit(y, m, spec, fixed, checkpoint);
            if (fit.isPresent() && Double.isFinite(fit.get().aicc())
                    && (best == null || fit.get().aicc() < best.aicc())) {
                best = fit.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
