package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import io.lucent.plugins.forecast.statistical.ces.AutoCes;
import io.lucent.plugins.forecast.statistical.ces.CesInitialisation;
import io.lucent.plugins.forecast.statistical.ces.CesSeasonality;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * Complex exponential smoothing (Svetunkov and Kourentzes), see {@link CesModel}. Fitted on the last 1000
 * observations.
 */
@Extension
public final class CesMethod extends StatisticalMethod {

    static final String SEASONALITY = "seasonality";
    static final String INITIAL = "initial";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.choice(SEASONALITY, "Seasonality", List.of("auto", "none", "simple", "partial", "full"))
                    .withDefault("auto")
                    .withDescription("auto: none, simple or full by AICc (as R's auto.ces); or one form. Seasonal "
                            + "forms need two whole cycles; on non-seasonal series only none applies."),
            SettingDescriptor.choice(INITIAL, "Initial states", List.of("backcast", "optimal")).withDefault("backcast")
                    .withDescription("backcast: initial states by backcasting (only the smoothing parameters are "
                            + "estimated); optimal: the starting level and potential are estimated too."));

    @Override
    public String id() {
        return "ces";
    }

    @Override
    public String displayName() {
        return "Complex exponential smoothing";
    }

    @Override
    public String description() {
        return "Complex exponential smoothing (Svetunkov and Kourentzes): level and information potential smoothed "
                + "with a complex parameter, with simple, partial or full seasonality chosen by AICc as R's auto.ces.";
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
        String seasonality = settings.optionalString(SEASONALITY).orElse("auto");
        List<CesSeasonality> forms = seasonality.equals("auto") ? AutoCes.DEFAULT_CANDIDATES
                : List.of(CesSeasonality.valueOf(seasonality.toUpperCase(Locale.ROOT)));
        CesInitialisation initial = settings.optionalString(INITIAL).orElse("backcast").equals("optimal")
                ? CesInitialisation.OPTIMAL : CesInitialisation.BACKCAST;
        return new CesModel(forms, initial);
    }
}
