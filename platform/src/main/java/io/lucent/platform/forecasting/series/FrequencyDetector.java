package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;

/**
 * Detects a series' frequency from the median gap between consecutive distinct timestamps: under two hours is
 * hourly, about a day daily, about a week weekly, 28-31 days monthly, 89-92 days quarterly, 365-366 days yearly;
 * anything else (or fewer than two timestamps) is {@link Frequency#OTHER}, handled as whole months apart when every
 * date is the same day of a month (e.g. periods of 2 or 6 months) and otherwise as whole days spaced by the common
 * divisor of the gaps (see {@link Spacing#fromStarts}).
 */
public final class FrequencyDetector {

    private FrequencyDetector() {
    }

    public static Frequency detect(SortedSet<LocalDateTime> timestamps) {
        if (timestamps.size() < 2) {
            return Frequency.OTHER;
        }
        List<Double> gaps = new ArrayList<>(timestamps.size() - 1);
        LocalDateTime previous = null;
        for (LocalDateTime time : timestamps) {
            if (previous != null) {
                gaps.add(Duration.between(previous, time).toMinutes() / 1440.0);
            }
            previous = time;
        }
        Collections.sort(gaps);
        double median = gaps.get(gaps.size() / 2);
        if (median < 2.0 / 24) {
            return Frequency.HOURLY;
        }
        if (median >= 0.9 && median <= 1.5) {
            return Frequency.DAILY;
        }
        if (median >= 6 && median <= 8) {
            return Frequency.WEEKLY;
        }
        if (median >= 27 && median <= 32) {
            return Frequency.MONTHLY;
        }
        if (median >= 88 && median <= 93) {
            return Frequency.QUARTERLY;
        }
        if (median >= 360 && median <= 370) {
            return Frequency.YEARLY;
        }
        return Frequency.OTHER;
    }
}
