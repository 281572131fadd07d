/**
 * AutoARIMA: seasonal ARIMA models chosen and estimated as R's {@code forecast::auto.arima} (version 8.20)
 * does with its default settings, in plain Java.
 *
 * <p>Entry points: {@link io.lucent.plugins.forecast.statistical.arima.AutoArima} (automatic search or given
 * orders, returning an {@link io.lucent.plugins.forecast.statistical.arima.ArimaModel} that forecasts with
 * prediction intervals) and the {@code arima} forecasting method
 * {@link io.lucent.plugins.forecast.statistical.arima.ArimaForecastMethod}.
 *
 * <p>What follows R exactly (on the M4 and M3 development samples the same models and forecasts as R result,
 * see {@code ArimaAccuracyHarness} in the tests): the differencing choice (seasonal-strength heuristic on an STL decomposition
 * with the {@code stl} defaults, then repeated KPSS tests at 5% with R's lag rule and p-value table), the
 * stepwise search (start models, neighbourhood and visiting order, the drift/mean switch, 94-model limit), the
 * approximation rule (CSS search with R's likelihood offset for more than 150 observations or periods above
 * 12, then exact refits of the best models in order), the treatment of the constant (mean without
 * differencing, drift with one difference, none otherwise), the estimation ({@code stats::arima}'s CSS-ML:
 * CSS start values, stationarity check, partial-autocorrelation reparametrisation of the AR parts, MA roots
 * reflected into the unit circle, Nash's BFGS with central-difference gradients and R's tolerances, the
 * numerical Hessian mapped through the reparametrisation), the information criteria, the rejection of models
 * with AR or MA roots of modulus below 1.01 or negative coefficient variances, and the degrees-of-freedom
 * corrected innovation variance used for intervals.
 *
 * <p>Where it differs on purpose:
 * <ul>
 *   <li>Differenced models use an exactly diffuse prior (the ARMA filter runs on the differenced series)
 *       instead of R's large-variance approximation ({@code kappa = 1e6}); R's log-likelihoods of such models
 *       carry an error that grows with the level of the series (0.003 for {@code log(AirPassengers)}), ours
 *       equal R's with {@code kappa = 1e8}. Residuals of the observations used up by differencing are
 *       undefined (NaN) instead of R's near-zero values.</li>
 *   <li>The exact likelihood is computed with the Chandrasekhar form of the Kalman filter from the stationary
 *       start, in {@code O(r)} per observation instead of {@code O(r^2)}; the values are those of R's
 *       filter.</li>
 *   <li>During the search the numerical Hessian, whose only role there is R's variance check, is computed
 *       only for models that would improve on the best so far (the check cannot change the outcome for the
 *       others).</li>
 *   <li>Prediction-interval variances come from the psi weights of the full model, which equal R's Kalman
 *       forecast variances once the filter has converged (they differ slightly on very short series).</li>
 *   <li>Of R's seasonal tests the seasonal strength (the default) and OCSB are implemented, not HEGY or CH;
 *       at most one seasonal difference. Besides the default stepwise search, R's exhaustive search is
 *       available as an option (without R's parallel mode).</li>
 *   <li>Missing values are interpolated linearly (R's {@code na.interp} does so for non-seasonal data), and
 *       series are cut to their last 1000 observations (336 for periods of 24 and more), as the R reference
 *       runs do.</li>
 * </ul>
 */
package io.lucent.plugins.forecast.statistical.arima;
