package io.lucent.plugin.api;

import io.lucent.plugin.api.ai.AiProvider;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.insight.InsightRulePack;

/** The five kinds of extension a plugin can contribute, each with its extension-point interface. */
public enum ExtensionKind {
    /** Reads data from files or live sources: {@link Connector}. */
    CONNECTOR("connector", Connector.class),
    /** Forecasts a time series: {@link ForecastMethod}. */
    FORECAST_METHOD("forecast-method", ForecastMethod.class),
    /** Turns computed metrics into insights: {@link InsightRulePack}. */
    INSIGHT_RULE_PACK("insight-rule-pack", InsightRulePack.class),
    /** Answers chat completions: {@link AiProvider}. */
    AI_PROVIDER("ai-provider", AiProvider.class),
    /** Writes report documents to a file format: {@link Exporter}. */
    EXPORTER("exporter", Exporter.class);

    private final String wireName;
    private final Class<? extends LucentExtension> extensionPoint;

    ExtensionKind(String wireName, Class<? extends LucentExtension> extensionPoint) {
        this.wireName = wireName;
        this.extensionPoint = extensionPoint;
    }

    /**
     * The name used for this kind in the REST API and in configuration, for example {@code "forecast-method"}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind whose extension point a class implements.
     *
     * @param type an extension class or interface
     * @return the kind, if {@code type} implements exactly one of the five extension points
     */
    public static java.util.Optional<ExtensionKind> of(Class<?> type) {
        java.util.List<ExtensionKind> kinds = java.util.Arrays.stream(values())
                .filter(kind -> kind.extensionPoint.isAssignableFrom(type)).toList();
        return kinds.size() == 1 ? java.util.Optional.of(kinds.get(0)) : java.util.Optional.empty();
    }

    /**
     * The interface an extension of this kind implements.
     *
     * @return the extension-point interface
     */
    public Class<? extends LucentExtension> extensionPoint() {
        return extensionPoint;
    }
}
