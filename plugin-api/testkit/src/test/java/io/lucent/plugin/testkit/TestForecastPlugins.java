package io.lucent.plugin.testkit;

import java.nio.file.Path;

/** Sources of small forecasting plugins for the test kit's own tests, correct by default, broken on request. */
final class TestForecastPlugins {

    static final String CLASS_NAME = "test.plugin.NaiveMethod";

    private static final String TEMPLATE = """
            package test.plugin;

            import io.lucent.plugin.api.PluginContext;
            import io.lucent.plugin.api.forecast.*;
            import java.util.*;

            @org.pf4j.Extension
            public final class NaiveMethod implements ForecastMethod {
                public String id() { return "%ID%"; }
                public String displayName() { return "Naive (test)"; }

                public ForecastResult forecast(ForecastRequest request, PluginContext context) {
                    %CANCEL%
                    double[] observed = request.series().values();
                    int n = observed.length;
                    double[] y = observed.clone();
                    double carry = Double.NaN;
                    for (double v : y) { if (!Double.isNaN(v)) { carry = v; break; } }
                    for (int t = 0; t < n; t++) { if (Double.isNaN(y[t])) { y[t] = carry; } else { carry = y[t]; } }
                    double[] fitted = new double[n];
                    double[] residuals = new double[n];
                    fitted[0] = Double.NaN;
                    residuals[0] = Double.NaN;
                    double squares = 0;
                    int count = 0;
                    for (int t = 1; t < n; t++) {
                        fitted[t] = y[t - 1];
                        residuals[t] = observed[t] - fitted[t];
                        if (!Double.isNaN(residuals[t])) { squares += residuals[t] * residuals[t]; count++; }
                    }
                    double sigma = count == 0 ? 0 : Math.sqrt(squares / count);
                    double last = y[n - 1];
                    int h = request.horizon() %HORIZON_DELTA%;
                    double[] point = new double[h];
                    Arrays.fill(point, last);
                    List<PredictionInterval> intervals = new ArrayList<>();
                    for (double level : request.levels()) {
                        double z = level / 40.0;
                        double[] lower = new double[h];
                        double[] upper = new double[h];
                        for (int s = 0; s < h; s++) {
                            double half = %HALF%;
                            lower[s] = last - half;
                            upper[s] = last + half;
                        }
                        intervals.add(new PredictionInterval(level, lower, upper));
                    }
                    return new ForecastResult("%ID%", point, intervals, fitted, residuals,
                            ModelSummary.withoutLikelihood("Naive", List.of(), sigma * sigma), List.of(%NOTES%));
                }

                private static boolean visible(String className) {
                    try {
                        Class.forName(className, false, NaiveMethod.class.getClassLoader());
                        return true;
                    } catch (ClassNotFoundException e) {
                        return false;
                    }
                }
            }
            """;

    private String id = "naive";
    private String cancel = "context.throwIfCancelled();";
    private String horizonDelta = "";
    private String half = "z * sigma * Math.sqrt(s + 1.0)";
    private String notes = "";

    TestForecastPlugins id(String newId) {
        id = newId;
        return this;
    }

    TestForecastPlugins ignoringCancellation() {
        cancel = "";
        return this;
    }

    TestForecastPlugins oneStepShort() {
        horizonDelta = "- 1";
        return this;
    }

    TestForecastPlugins withIntervalHalfWidth(String expression) {
        half = expression;
        return this;
    }

    TestForecastPlugins withNotes(String expressions) {
        notes = expressions;
        return this;
    }

    String source() {
        return TEMPLATE.replace("%ID%", id).replace("%CANCEL%", cancel).replace("%HORIZON_DELTA%", horizonDelta)
                .replace("%HALF%", half).replace("%NOTES%", notes);
    }

    Path buildZip(Path workDirectory, String pluginId) {
        return new TestPluginBuilder(workDirectory, pluginId).source(CLASS_NAME, source()).build();
    }
}
