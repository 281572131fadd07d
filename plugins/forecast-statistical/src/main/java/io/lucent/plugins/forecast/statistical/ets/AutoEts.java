package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.ArrayList;
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
        EtsFitter.Attempt best = null;
        for (EtsFitter.Attempt attempt : attempts(y, m, pattern, damped, fixed, checkpoint)) {
            if (best == null || attempt.fit().aicc() < best.fit().aicc()) {
                best = attempt;
            }
        }
        return Optional.ofNullable(best).map(EtsFitter.Attempt::withStandardErrors);
    }

    /**
     * Fits every candidate model the pattern allows, without standard errors (NaN) for speed.
     *
     * @param y          the data, finite
     * @param m          the seasonal period
     * @param pattern    which models to consider
     * @param damped     null to consider damped and undamped trends, otherwise only one kind
     * @param fixed      fixed smoothing parameters (NaN = estimate)
     * @param checkpoint called regularly, to honour cancellation
     * @return the fits with a finite AICc, in the order the candidates were tried (possibly empty)
     */
    public List<EtsFit> fitAll(double[] y, int m, EtsPattern pattern, Boolean damped, EtsParameters fixed,
                               Runnable checkpoint) {
        return attempts(y, m, pattern, damped, fixed, checkpoint).stream().map(EtsFitter.Attempt::fit).toList();
    }

    private List<EtsFitter.Attempt> attempts(double[] y, int m, EtsPattern pattern, Boolean damped,
                                             EtsParameters fixed, Runnable checkpoint) {
        boolean seasonalAllowed = m > 1 && m <= MAX_SEASONAL_PERIOD && y.length > m;
        List<EtsSpec> candidates = pattern.candidates(SeriesStats.allPositive(y), seasonalAllowed, damped);
        List<EtsFitter.Attempt> out = new ArrayList<>();
        for (EtsSpec spec : candidates) {
            checkpoint.run();
            Optional<EtsFitter.Attempt> attempt = fitter.attempt(y, m, spec, fixed, checkpoint);
            if (attempt.isPresent() && Double.isFinite(attempt.get().fit().aicc())) {
                out.add(attempt.get());
            }
        }
        return out;
    }
}
