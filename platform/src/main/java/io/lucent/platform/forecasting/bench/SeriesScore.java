package io.lucent.platform.forecasting.bench;

/**
 * The scores of one method on one series. Coverage and MSIS are NaN when the method gave no interval.
 *
 * @param seriesId  the series
 * @param frequency its frequency name
 * @param method    the method id
 * @param smape     sMAPE
 * @param mase      MASE
 * @param cov80     80% interval coverage
 * @param cov95     95% interval coverage
 * @param msis      MSIS of the 95% interval
 * @param seconds   fit and forecast time on one thread
 * @param status    {@code ok}, {@code fallback} or {@code failed}
 * @param detail    the fallback reason or error message, empty for ok
 */
public record SeriesScore(String seriesId, String frequency, String method, double smape, double mase, double cov80,
                          double cov95, double msis, double seconds, String status, String detail) {
}
