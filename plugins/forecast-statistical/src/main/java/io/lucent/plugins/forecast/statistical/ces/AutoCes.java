package io.lucent.plugins.forecast.statistical.ces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the CES form with the smallest AICc among candidate forms, as R's {@code smooth::auto.ces} does (by
 * default among NONE, SIMPLE and FULL for seasonal series; NONE alone for non-seasonal ones). Forms the series
 * is too short for are skipped.
 *
 * @param fitter     the fitter
 * @param candidates the forms tried on seasonal series (period above 1)
 */
public record AutoCes(CesFitter fitter, List<CesSeasonality> candidates) {

    /** The forms R's auto.ces tries by default. */
    public static final List<CesSeasonality> DEFAULT_CANDIDATES =
            List.of(CesSeasonality.NONE, CesSeasonality.SIMPLE, CesSeasonality.FULL);

    /**
     * The best fit.
     *
     * @param y          the observations
     * @param period     the seasonal period (1 = none)
     * @param checkpoint called during fitting
     * @return the fit with the smallest AICc, or empty when no form could be fitted
     */
    public Optional<CesFit> fit(double[] y, int period, Runnable checkpoint) {
        List<CesSeasonality> forms = period > 1 ? candidates : List.of(CesSeasonality.NONE);
        List<CesFit> fits = new ArrayList<>();
        for (CesSeasonality form : forms) {
            fitter.fit(y, period, form, checkpoint).ifPresent(fits::add);
        }
        // AICc first; AIC breaks ties between forms the series is too short to correct for
        return fits.stream().min(Comparator.comparingDouble(CesFit::aicc).thenComparingDouble(CesFit::aic));
    }
}
