package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ForecastMethod}. Extend it in an {@code *IT} test of your plugin and return your
 * method's id from {@link #extensionId()}:
 *
 * <pre>{@code
 * class MovingAverageIT extends ForecastMethodContract {
 *     protected String extensionId() { return "moving-average"; }
 * }
 * }</pre>
 *
 * <p>What it checks, on {@linkplain #contractSeries() generated series} (trend, seasonal, noisy, constant and
 * one as short as {@link ForecastMethod#minimumObservations()} allows):
 * <ul>
 *   <li>forecasts are finite and exactly as long as the requested horizon, and name the method;</li>
 *   <li>there is one interval per requested level, finite, and they nest: a higher level contains a lower one
 *       at every step (95% contains 80%);</li>
 *   <li>interval width does not shrink as the horizon grows (on the non-seasonal series), unless
 *       {@link #intervalsMayNarrow()} says the method's intervals legitimately can;</li>
 *   <li>fitted values and residuals have one entry per observation and residual = observation - fitted;</li>
 *   <li>the same input gives bit-for-bit the same output, also when called from many threads at once;</li>
 *   <li>missing values are interpolated or rejected with a {@link PluginException} of kind INVALID_INPUT;</li>
 *   <li>cancellation is honoured, see {@link #honoursCancellation()}.</li>
 * </ul>
 */
public abstract class ForecastMethodContract extends ExtensionContract<ForecastMethod> {

    /** The interval levels the contract requests, in percent. */
    protected static final List<Double> LEVELS = List.of(50.0, 80.0, 95.0, 99.0);

    /** The length of the series {@link #honoursCancellation()} uses. */
    protected static final int LONG_SERIES_LENGTH = 5_000;

    private static final int[] HORIZONS = {1, 18};
    private static final double TOLERANCE = 1e-9;

    /** Creates the contract. */
    protected ForecastMethodContract() {
        super(ExtensionKind.FORECAST_METHOD, ForecastMethod.class);
    }

    /**
     * Whether the method's interval width can legitimately shrink as the horizon grows, for example with
     * multiplicative seasonality. False by default, which makes {@link #intervalsDoNotNarrowWithTheHorizon()}
     * check that it does not.
     *
     * @return true to skip that check
     */
    protected boolean intervalsMayNarrow() {
        return false;
    }

    /**
     * The series every check runs on. Override to add series typical of your method's domain; keep the
     * defaults.
     *
     * @return the series, each at least {@link ForecastMethod#minimumObservations()} long
     */
    protected List<TimeSeries> contractSeries() {
        int minimum = extension().minimumObservations();
        return List.of(
                TestSeries.trend(Math.max(60, minimum)),
                TestSeries.seasonal(Math.max(72, minimum)),
                TestSeries.noisy(Math.max(80, minimum)),
                TestSeries.constant(Math.max(40, minimum), 42.0),
                new TimeSeries("short", TestSeries.trend(minimum).values(), List.of(),
                        Frequency.MONTHLY, 1));
    }

    /**
     * Forecasts one series with a fresh context; fails with the series' name if the method throws.
     *
     * @param series  the history
     * @param horizon the horizon
     * @param levels  the interval levels
     * @return the result
     */
    protected final ForecastResult forecast(TimeSeries series, int horizon, List<Double> levels) {
        ForecastRequest request = new ForecastRequest(series, horizon, levels);
        try {
            return extension().forecast(request, newContext());
        } catch (RuntimeException e) {
            throw new AssertionError("forecasting series '" + series.id() + "' (" + series.length()
                    + " observations, horizon " + horizon + ") threw " + e, e);
        }
    }

    /** The method needs at least one observation. */
    @Test
    public void minimumObservationsIsPositive() {
        assertThat(extension().minimumObservations()).as("minimumObservations()").isPositive();
    }

    /** Forecasts are finite, exactly as long as the requested horizon, and name the method. */
    @Test
    public void forecastsAreFiniteAndOfTheRequestedHorizon() {
        for (TimeSeries series : contractSeries()) {
            for (int horizon : HORIZONS) {
                ForecastResult result = forecast(series, horizon, LEVELS);
                String what = "series '" + series.id() + "', horizon " + horizon;
                assertThat(result.horizon()).as("forecast length for %s", what).isEqualTo(horizon);
                assertFinite(result.point(), "point forecasts for %s", what);
                assertThat(result.method()).as("ForecastResult.method() for %s", what).isEqualTo(extensionId());
            }
        }
    }

    /** There is exactly one finite interval per requested level, in ascending order, and none when none is requested. */
    @Test
    public void intervalsCoverEveryRequestedLevel() {
        for (TimeSeries series : contractSeries()) {
            ForecastResult result = forecast(series, 12, LEVELS);
            String what = "series '" + series.id() + "'";
            assertThat(result.intervals()).as("interval levels for %s", what)
                    .extracting(PredictionInterval::level).containsExactlyElementsOf(LEVELS);
            for (PredictionInterval interval : result.intervals()) {
                assertFinite(interval.lower(), "lower bounds at %s%% for %s", interval.level(), what);
                assertFinite(interval.upper(), "upper bounds at %s%% for %s", interval.level(), what);
            }
            assertThat(forecast(series, 12, List.of()).intervals()).as("intervals for %s when no level is requested", what).isEmpty();
        }
    }

    /** A higher level's interval contains a lower level's at every step. */
    @Test
    public void intervalsNest() {
        for (TimeSeries series : contractSeries()) {
            List<PredictionInterval> intervals = forecast(series, 24, LEVELS).intervals();
            for (int i = 1; i < intervals.size(); i++) {
                PredictionInterval narrow = intervals.get(i - 1);
                PredictionInterval wide = intervals.get(i);
                for (int step = 0; step < narrow.lower().length; step++) {
                    double slack = TOLERANCE * Math.max(1, Math.abs(narrow.upper()[step]) + Math.abs(narrow.lower()[step]));
                    if (wide.lower()[step] > narrow.lower()[step] + slack || wide.upper()[step] < narrow.upper()[step] - slack) {
                        fail("series '%s', step %d: the %s%% interval [%s, %s] does not contain the %s%% interval [%s, %s]",
                                series.id(), step + 1, wide.level(), wide.lower()[step], wide.upper()[step],
                                narrow.level(), narrow.lower()[step], narrow.upper()[step]);
                    }
                }
            }
        }
    }

    /** Interval width does not shrink with the horizon on non-seasonal series, unless {@link #intervalsMayNarrow()}. */
    @Test
    public void intervalsDoNotNarrowWithTheHorizon() {
        Assumptions.assumeFalse(intervalsMayNarrow(), "the method declares that its intervals may narrow");
        for (TimeSeries series : contractSeries()) {
            if (series.seasonalPeriod() > 1) {
                continue;
            }
            for (PredictionInterval interval : forecast(series, 24, LEVELS).intervals()) {
                double[] lower = interval.lower();
                double[] upper = interval.upper();
                for (int step = 1; step < lower.length; step++) {
                    double before = upper[step - 1] - lower[step - 1];
                    double now = upper[step] - lower[step];
                    if (now < before - TOLERANCE * Math.max(1, before)) {
                        fail("series '%s', %s%% interval: width shrinks from %s at step %d to %s at step %d",
                                series.id(), interval.level(), before, step, now, step + 1);
                    }
                }
            }
        }
    }

    /** Fitted values and residuals have one entry per observation, and residual = observation - fitted. */
    @Test
    public void fittedValuesAndResidualsMatchTheSeries() {
        for (TimeSeries series : contractSeries()) {
            ForecastResult result = forecast(series, 6, LEVELS);
            double[] fitted = result.fitted();
            double[] residuals = result.residuals();
            String what = "series '" + series.id() + "'";
            assertThat(fitted).as("fitted values for %s (one per observation)", what).hasSize(series.length());
            assertThat(residuals).as("residuals for %s (one per observation)", what).hasSize(series.length());
            for (int t = 0; t < series.length(); t++) {
                double observed = series.value(t);
                if (Double.isFinite(fitted[t]) && Double.isFinite(observed)) {
                    double expected = observed - fitted[t];
                    if (Math.abs(residuals[t] - expected) > 1e-6 * Math.max(1, Math.abs(observed))) {
                        fail("%s, observation %d: residual %s is not observation %s minus fitted %s",
                                what, t + 1, residuals[t], observed, fitted[t]);
                    }
                }
            }
            if (series.length() >= 40) {
                assertThat(Arrays.stream(fitted).anyMatch(Double::isFinite)).as("fitted values for %s: at least one must be defined", what).isTrue();
            }
        }
    }

    /** The same request gives bit-for-bit the same result. */
    @Test
    public void isDeterministic() {
        for (TimeSeries series : contractSeries()) {
            assertSameResult(series, forecast(series, 12, LEVELS), forecast(series, 12, LEVELS));
        }
    }

    /**
     * The method is thread-safe: forecasts made from eight threads at once equal those made one at a time.
     *
     * @throws Exception if a forecast fails
     */
    @Test
    public void isThreadSafe() throws Exception {
        List<TimeSeries> seriesList = contractSeries();
        List<ForecastResult> sequential = new ArrayList<>();
        List<Callable<ForecastResult>> tasks = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (TimeSeries series : seriesList) {
                if (round == 0) {
                    sequential.add(forecast(series, 12, LEVELS));
                }
                tasks.add(() -> forecast(series, 12, LEVELS));
            }
        }
        List<ForecastResult> concurrent = runConcurrently(tasks);
        for (int i = 0; i < concurrent.size(); i++) {
            TimeSeries series = seriesList.get(i % seriesList.size());
            assertSameResult(series, sequential.get(i % seriesList.size()), concurrent.get(i));
        }
    }

    /** A series with missing values is forecast (finite, interpolated) or rejected as INVALID_INPUT; nothing else. */
    @Test
    public void handlesMissingValues() {
        TimeSeries series = TestSeries.withMissingValues(Math.max(60, extension().minimumObservations() + 10));
        ForecastResult result;
        try {
            result = extension().forecast(new ForecastRequest(series, 12, LEVELS), newContext());
        } catch (PluginException e) {
            assertThat(e.kind()).as("kind of the PluginException for a series with missing values")
                    .isEqualTo(PluginException.Kind.INVALID_INPUT);
            assertThat(e.getMessage()).as("message of the PluginException").isNotBlank();
            return;
        }
        assertFinite(result.point(), "point forecasts for a series with missing values");
        assertThat(result.fitted()).as("fitted values for a series with missing values").hasSize(series.length());
    }

    /**
     * Cancellation is honoured: called with an already cancelled context on a long series
     * ({@value #LONG_SERIES_LENGTH} observations), the method throws {@link CancelledException} and does
     * not return a forecast.
     *
     * <p>Why this is fair to every method: it only requires that the method checks
     * {@link io.lucent.plugin.api.PluginContext#throwIfCancelled()} (or {@code isCancelled()}) at least once
     * before it returns, which even the cheapest method can afford, and that it lets
     * {@link CancelledException} propagate instead of catching it or wrapping it. It does not measure how
     * often a method checks (that would need timing): methods with long loops should still check in them.
     * An immediate return of a forecast is not acceptable, because the host would then keep computing a
     * cancelled batch series after series.
     */
    @Test
    public void honoursCancellation() {
        TimeSeries series = TestSeries.longSeasonal(Math.max(LONG_SERIES_LENGTH, extension().minimumObservations()));
        TestPluginContext context = newContext().cancel();
        Throwable thrown = catchThrowable(() -> extension().forecast(new ForecastRequest(series, 12, LEVELS), context));
        if (thrown == null) {
            fail("forecasting a %d-observation series with a cancelled context returned a forecast instead of throwing"
                    + " CancelledException: call context.throwIfCancelled() before and during the fit", series.length());
        }
        assertThat(thrown).as("what forecasting with a cancelled context threw (let CancelledException propagate)")
                .isInstanceOf(CancelledException.class);
        assertThat(context.cancellationChecks()).as("cancellation checks").isPositive();
    }

    private static void assertFinite(double[] values, String description, Object... args) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                fail("%s: value %d of %d is %s, not finite", String.format(description, args), i + 1, values.length, values[i]);
            }
        }
    }

    private static void assertSameResult(TimeSeries series, ForecastResult first, ForecastResult second) {
        String what = "series '" + series.id() + "'";
        assertThat(Arrays.equals(first.point(), second.point())).as("same point forecasts twice for %s: %s vs %s",
                what, Arrays.toString(first.point()), Arrays.toString(second.point())).isTrue();
        assertThat(Arrays.equals(first.fitted(), second.fitted())).as("same fitted values twice for %s", what).isTrue();
        assertThat(Arrays.equals(first.residuals(), second.residuals())).as("same residuals twice for %s", what).isTrue();
        assertThat(first.intervals()).as("same number of intervals twice for %s", what).hasSameSizeAs(second.intervals());
        for (int i = 0; i < first.intervals().size(); i++) {
            PredictionInterval a = first.intervals().get(i);
            PredictionInterval b = second.intervals().get(i);
            assertThat(Arrays.equals(a.lower(), b.lower()) && Arrays.equals(a.upper(), b.upper()))
                    .as("same %s%% interval twice for %s", a.level(), what).isTrue();
        }
        assertThat(first.summary()).as("same model summary twice for %s", what).isEqualTo(second.summary());
        assertThat(first.notes()).as("same notes twice for %s", what).isEqualTo(second.notes());
    }
}
