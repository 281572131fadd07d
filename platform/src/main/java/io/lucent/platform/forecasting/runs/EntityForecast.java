package io.lucent.platform.forecasting.runs;

import io.lucent.plugin.api.forecast.ModelParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity's forecast as stored and served: the history with fitted values, the forecast with intervals, the
 * model, in-sample fit measures and (when asked) cross-validation. Missing numbers are null.
 *
 * @param entityId     the entity
 * @param entityName   its name
 * @param method       the method id asked for
 * @param model        the model the method chose, e.g. ETS(A,N,N)
 * @param fallback     why a simpler model was used, or null
 * @param notes        remarks from the method
 * @param parameters   the model's parameters with standard errors where known
 * @param criteria     information criteria and residual variance (aic, aicc, bic, sigma2, logLikelihood)
 * @param history      the periods, actuals, fitted values and residuals
 * @param forecast     the future periods, point forecasts and intervals
 * @param fit          accuracy of the one-step fitted values in sample
 * @param evaluation   rolling-origin cross-validation, or null when not asked for
 * @param seconds      how long the forecast took (all fits)
 */
public record EntityForecast(String entityId, String entityName, String method, String model, String fallback, List<String> notes,
                             List<FittedParameter> parameters, Criteria criteria, History history, Future forecast, AccuracyMetrics fit,
                             Evaluation evaluation, double seconds) {

    /**
     * A fitted parameter of the model. The standard error is null where the method gives none: JSON has no NaN,
     * and a client reading a number must not get the string "NaN" (forecasts stored before carry it and read back
     * as null too).
     *
     * @param name          the parameter's name, e.g. alpha or ma1
     * @param value         its value
     * @param standardError its standard error, or null when unknown
     * @param fixed         whether it was given rather than estimated
     */
    public record FittedParameter(String name, double value, Double standardError, boolean fixed) {

        public FittedParameter {
            if (standardError != null && !Double.isFinite(standardError)) {
                standardError = null;
            }
        }

        /** The plugin's parameters, with an unknown (NaN) standard error as null. */
        public static List<FittedParameter> of(List<ModelParameter> parameters) {
            return parameters.stream().map(p -> new FittedParameter(p.name(), p.value(), p.standardError(), p.fixed())).toList();
        }
    }

    /** Information criteria; null where the method has no likelihood. */
    public record Criteria(Double logLikelihood, Double aic, Double aicc, Double bic, Double sigma2) {
    }

    /** The history on its calendar. */
    public record History(List<String> periods, List<Double> actual, List<Double> fitted, List<Double> residuals) {
    }

    /** The forecast on the future calendar. */
    public record Future(List<String> periods, List<Double> point, List<Interval> intervals) {
    }

    /** A prediction interval at one level. */
    public record Interval(double level, List<Double> lower, List<Double> upper) {
    }

    /** Cross-validation: the settings, the pooled measures and each fold's. */
    public record Evaluation(int folds, int horizon, int step, AccuracyMetrics metrics, List<Fold> perFold) {
    }

    /** One fold: where its training data ended and how its forecast scored. */
    public record Fold(String origin, int trainLength, AccuracyMetrics metrics) {
    }

    /** NaN as null, for JSON. */
    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(Double.isFinite(value) ? value : null);
        }
        return list;
    }

    static Double boxed(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Null as NaN. */
    static double[] unboxed(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            Double value = values.get(i);
            array[i] = value == null ? Double.NaN : value;
        }
        return array;
    }
}
