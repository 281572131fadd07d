package io.lucent.plugins.forecast.statistical.arima;

/** Raised when one candidate ARIMA model cannot be estimated; the search treats the model as unusable. */
final class ModelFitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelFitException(String message) {
        super(message, null, false, false);
    }
}
