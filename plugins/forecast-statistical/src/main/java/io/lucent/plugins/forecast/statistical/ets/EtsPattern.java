package io.lucent.plugins.forecast.statistical.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model string with wildcards, as R's {@code ets(model = "ZZZ")}: each of error, trend and season is either
 * fixed or Z (chosen by AICc). A trend letter Z allows N, A and Ad.
 *
 * @param error  true for M, false for A, null for Z
 * @param trend  the trend, null for Z
 * @param season the season, null for Z
 */
public record EtsPattern(Boolean error, EtsSpec.Trend trend, EtsSpec.Season season) {

    /** Automatic selection of every component. */
    public static final EtsPattern AUTO = new EtsPattern(null, null, null);

    /**
     * Parses strings such as {@code ZZZ}, {@code MAdM}, {@code AZN} (case-insensitive).
     *
     * @param text the model string
     * @return the pattern
     * @throws IllegalArgumentException if it is malformed
     */
    public static EtsPattern parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        String original = text;
        if (s.length() != 3 && s.length() != 4) {
            throw new IllegalArgumentException("model '" + original + "' must look like ZZZ, ANN or MAdM");
        }
        Boolean error = switch (s.charAt(0)) {
            case 'A' -> Boolean.FALSE;
            case 'M' -> Boolean.TRUE;
            case 'Z' -> null;
            default -> throw new IllegalArgumentException("model '" + original + "': error must be A, M or Z");
        };
        EtsSpec.Trend trend;
        int next;
        if (s.length() == 4) {
            if (!s.startsWith("AD", 1)) {
                throw new IllegalArgumentException("model '" + original + "': trend must be N, A, Ad or Z");
            }
            trend = EtsSpec.Trend.DAMPED;
            next = 3;
        } else {
            trend = switch (s.charAt(1)) {
                case 'N' -> EtsSpec.Trend.NONE;
                case 'A' -> EtsSpec.Trend.ADDITIVE;
                case 'Z' -> null;
                default -> throw new IllegalArgumentException("model '" + original + "': trend must be N, A, Ad or Z"
                        + " (multiplicative trends are not supported)");
            };
            next = 2;
        }
        EtsSpec.Season season = switch (s.charAt(next)) {
            case 'N' -> EtsSpec.Season.NONE;
            case 'A' -> EtsSpec.Season.ADDITIVE;
            case 'M' -> EtsSpec.Season.MULTIPLICATIVE;
            case 'Z' -> null;
            default -> throw new IllegalArgumentException("model '" + original + "': season must be N, A, M or Z");
        };
        return new EtsPattern(error, trend, season);
    }

    /**
     * The models this pattern allows, with R's default restrictions: multiplicative forms only for strictly
     * positive data, no additive error with multiplicative season unless the pattern asks for it explicitly,
     * seasonal forms only when the period allows them.
     *
     * @param positiveData    whether every value is strictly positive
     * @param seasonalAllowed whether the series can carry a seasonal component
     * @param dampedChoice    null to try damped and undamped trends, otherwise force one
     * @return the candidate models, possibly empty
     */
    public List<EtsSpec> candidates(boolean positiveData, boolean seasonalAllowed, Boolean dampedChoice) {
        List<EtsSpec> out = new ArrayList<>();
        for (boolean mult : new boolean[] {false, true}) {
            if (error != null && error != mult) {
                continue;
            }
            if (mult && !positiveData) {
                continue;
            }
            for (EtsSpec.Trend t : EtsSpec.Trend.values()) {
                if (trend != null && trend != t) {
                    continue;
                }
                if (trend == null && dampedChoice != null && t != EtsSpec.Trend.NONE
                        && (t == EtsSpec.Trend.DAMPED) != dampedChoice) {
                    continue;
                }
                for (EtsSpec.Season sn : EtsSpec.Season.values()) {
                    if (season != null && season != sn) {
                        continue;
                    }
                    if (sn != EtsSpec.Season.NONE && !seasonalAllowed) {
                        continue;
                    }
                    if (sn == EtsSpec.Season.MULTIPLICATIVE && !positiveData) {
                        continue;
                    }
                    boolean explicit = error != null && season != null;
                    if (!mult && sn == EtsSpec.Season.MULTIPLICATIVE && !explicit) {
                        continue;
                    }
                    out.add(new EtsSpec(mult, t, sn));
                }
            }
        }
        return out;
    }
}
