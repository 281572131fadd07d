package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.ModelSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * What a baseline model computed, before intervals are added.
 *
 * @param summary        the model summary (with the fallback reason if a simpler model was used)
 * @param point          the point forecasts, one per step
 * @param standardErrors the forecast standard deviation at each step (σ̂ₕ), one per step
 * @param fitted         the one-step in-sample fitted values, {@code NaN} where undefined
 * @param residuals      observation minus fitted, {@code NaN} where undefined
 * @param notes          remarks for the user
 */
record BaselineFit(
        ModelSummary summary,
        double[] point,
        double[] standardErrors,
        double[] fitted,
        double[] residuals,
        List<String> notes) {

    BaselineFit {
        point = point.clone();
        standardErrors = standardErrors.clone();
        fitted = fitted.clone();
        residuals = residuals.clone();
        notes = List.copyOf(notes);
        if (point.length != standardErrors.length) {
            throw new IllegalArgumentException("one standard error per forecast step is needed");
        }
    }

    /**
     * This fit marked as the fallback for a model that could not be fitted: the reason goes into the summary
     * and, first, into the notes.
     */
    BaselineFit asFallback(String reason) {
        List<String> withReason = new ArrayList<>(notes);
        withReason.add(0, reason);
        return new BaselineFit(summary.asFallback(reason), point, standardErrors, fitted, residuals, withReason);
    }

    /** This fit with one more remark for the user, first in the list. */
    BaselineFit withNote(String note) {
        List<String> withNote = new ArrayList<>(notes);
        withNote.add(0, note);
        return new BaselineFit(summary, point, standardErrors, fitted, residuals, withNote);
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }
}
