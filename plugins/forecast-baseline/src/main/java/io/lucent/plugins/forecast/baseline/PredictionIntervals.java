package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Normal prediction intervals: at level L%, ŷ ± z·σ̂ₕ with z the (50 + L/2)% quantile of the standard normal
 * distribution (for example 1.28 at 80%, 1.96 at 95%).
 */
final class PredictionIntervals {

    private PredictionIntervals() {
    }

    static List<PredictionInterval> of(double[] point, double[] standardErrors, List<Double> levels) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        List<PredictionInterval> intervals = new ArrayList<>(levels.size());
        for (double level : levels) {
            double z = normal.inverseCumulativeProbability(0.5 + level / 200.0);
            double[] lower = new double[point.length];
            double[] upper = new double[point.length];
            for (int h = 0; h < point.length; h++) {
                lower[h] = point[h] - z * standardErrors[h];
                upper[h] = point[h] + z * standardErrors[h];
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return intervals;
    }
}
