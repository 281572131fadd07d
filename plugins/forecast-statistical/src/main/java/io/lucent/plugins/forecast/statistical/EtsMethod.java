package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsPattern;
import java.util.List;
import org.pf4j.Extension;

/**
 * AutoETS: the ETS family selected by AICc as R's {@code ets()}, or one model chosen by the user ("MAdM") with
 * optionally fixed smoothing parameters. Fitted on the last 1000 observations.
 */
@Extension
public final class EtsMethod extends StatisticalMethod {

    static final String MODEL = "model";
    static final String DAMPED = "damped";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.string(MODEL, "Model").withDefault("ZZZ")
                    .withDescription("Error, trend and season letters: A, M, N, Ad or Z (choose by AICc), for example "
                            + "ZZZ (automatic), MAdM or ANN."),
            SettingDescriptor.choice(DAMPED, "Damped trend", List.of("auto", "yes", "no")).withDefault("auto")
                    .withDescription("With a Z trend: try both, only damped, or only undamped trends."),
            SmoothingSettings.alpha(), SmoothingSettings.beta(), SmoothingSettings.gamma(), SmoothingSettings.phi());

    @Override
    public String id() {
        return "ets";
    }

    @Override
    public String displayName() {
        return "AutoETS (exponential smoothing state space)";
    }

    @Override
    public String description() {
        return "Exponential smoothing state-space models (error A/M, trend N/A/Ad, season N/A/M) fitted by maximum "
                + "likelihood and selected by AICc, as R's ets(); or a fixed model such as MAdM.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    int window() {
        return MethodRunner.DEFAULT_WINDOW;
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        EtsPattern pattern;
        try {
            pattern = EtsPattern.parse(settings.optionalString(MODEL).orElse("ZZZ"));
        } catch (IllegalArgumentException e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT, e.getMessage(), e);
        }
        Boolean damped = switch (settings.optionalString(DAMPED).orElse("auto")) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        EtsParameters fixed = SmoothingSettings.fixed(settings);
        return new EtsModel(pattern, damped, fixed);
    }
}
