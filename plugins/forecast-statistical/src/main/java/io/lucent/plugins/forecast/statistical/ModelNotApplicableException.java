package io.lucent.plugins.forecast.statistical;

/** Thrown by a model that cannot be fitted to a series (too short, no admissible model, ...). */
public final class ModelNotApplicableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why, phrased for the user
     */
    public ModelNotApplicableException(String reason) {
        super(reason);
    }
}
