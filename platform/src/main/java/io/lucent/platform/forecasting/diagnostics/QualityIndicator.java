package io.lucent.platform.forecasting.diagnostics;

/**
 * One 0-100 indicator of a forecast's quality with its reason in words.
 *
 * @param name   accuracy, residual_whiteness, interval_calibration or data_sufficiency
 * @param score  0 (poor) to 100 (good); null when it could not be measured (the reason says why)
 * @param reason what the score is based on
 */
public record QualityIndicator(String name, Integer score, String reason) {
}
