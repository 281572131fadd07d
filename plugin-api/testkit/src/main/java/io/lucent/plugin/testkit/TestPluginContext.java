package io.lucent.plugin.testkit;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.InvalidSettingsException;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real {@link PluginContext} for tests, built the way the host builds one: the raw settings are validated
 * through the extension's own {@link LucentExtension#settingsSchema()} and completed with its defaults.
 *
 * <p>It also records what the plugin did with it: every {@linkplain #progressRecorder() progress report} and
 * every {@linkplain #cancellationChecks() cancellation check}; and it can be {@linkplain #cancel() cancelled}.
 * By default the clock is fixed at {@link #DEFAULT_NOW}, the tenant is {@link #DEFAULT_TENANT} and the mode
 * {@link Mode#LOCAL}.
 *
 * <p>Thread-safe. Like the host's, one context is meant for one call; make a new one per call.
 */
public final class TestPluginContext implements PluginContext {

    /** The instant the default clock is fixed at. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-01-15T10:00:00Z");

    /** The tenant id of a context unless {@link #withTenant(String)} sets another. */
    public static final String DEFAULT_TENANT = "test-tenant";

    private final String extensionId;
    private final Settings settings;
    private final Clock clock;
    private final String tenantId;
    private final Mode mode;
    private final ProgressRecorder progress = new ProgressRecorder();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger cancellationChecks = new AtomicInteger();

    private TestPluginContext(String extensionId, Settings settings, Clock clock, String tenantId, Mode mode) {
        this.extensionId = extensionId;
        this.settings = settings;
        this.clock = clock;
        this.tenantId = tenantId;
        this.mode = mode;
    }

    /**
     * A context with the extension's default settings.
     *
     * @param extension the extension that will be called
     * @return the context
     * @throws AssertionError if the schema needs settings that have no default
     */
    public static TestPluginContext forExtension(LucentExtension extension) {
        return forExtension(extension, Map.of());
    }

    /**
     * A context with the given settings, validated as the host validates user input.
     *
     * @param extension   the extension that will be called
     * @param rawSettings the settings as a user would give them (strings, numbers, booleans, lists)
     * @return the context
     * @throws AssertionError if the settings do not pass the extension's schema
     */
    public static TestPluginContext forExtension(LucentExtension extension, Map<String, ?> rawSettings) {
        Objects.requireNonNull(extension, "extension is null");
        Objects.requireNonNull(rawSettings, "rawSettings is null");
        String id = extension.id();
        Settings settings;
        try {
            settings = extension.settingsSchema().validate(rawSettings);
        } catch (InvalidSettingsException e) {
            throw new PluginCheckFailure("Extension '" + id + "'", List.of("its settings schema rejects the test's settings: "
                    + e.problems()));
        }
        return new TestPluginContext(id, settings, Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC), DEFAULT_TENANT, Mode.LOCAL);
    }

    /**
     * A new context like this one, with another clock, not cancelled and with nothing recorded.
     *
     * @param newClock the clock
     * @return the new context
     */
    public TestPluginContext withClock(Clock newClock) {
        return new TestPluginContext(extensionId, settings, Objects.requireNonNull(newClock, "newClock is null"), tenantId, mode);
    }

    /**
     * A new context like this one, for another tenant, not cancelled and with nothing recorded.
     *
     * @param newTenantId the tenant id
     * @return the new context
     */
    public TestPluginContext withTenant(String newTenantId) {
        return new TestPluginContext(extensionId, settings, clock, Objects.requireNonNull(newTenantId, "newTenantId is null"), mode);
    }

    /**
     * A new context like this one, in another mode, not cancelled and with nothing recorded.
     *
     * @param newMode the mode
     * @return the new context
     */
    public TestPluginContext withMode(Mode newMode) {
        return new TestPluginContext(extensionId, settings, clock, tenantId, Objects.requireNonNull(newMode, "newMode is null"));
    }

    /**
     * Cancels the call: from now on {@link #isCancelled()} is true.
     *
     * @return this context
     */
    public TestPluginContext cancel() {
        cancelled.set(true);
        return this;
    }

    /**
     * How often the plugin asked whether the call was cancelled, directly or through
     * {@link #throwIfCancelled()}.
     *
     * @return the number of checks so far
     */
    public int cancellationChecks() {
        return cancellationChecks.get();
    }

    /**
     * The recorder behind {@link #progress()}.
     *
     * @return the recorder
     */
    public ProgressRecorder progressRecorder() {
        return progress;
    }

    /**
     * A logger named after the extension.
     *
     * @return the logger
     */
    @Override
    public System.Logger logger() {
        return System.getLogger("lucent.plugin." + extensionId);
    }

    /**
     * The clock, fixed at {@link #DEFAULT_NOW} unless replaced.
     *
     * @return the clock
     */
    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * The validated settings.
     *
     * @return the settings, defaults included
     */
    @Override
    public Settings settings() {
        return settings;
    }

    /**
     * The tenant id.
     *
     * @return {@link #DEFAULT_TENANT} unless replaced
     */
    @Override
    public String tenantId() {
        return tenantId;
    }

    /**
     * The mode.
     *
     * @return {@link Mode#LOCAL} unless replaced
     */
    @Override
    public Mode mode() {
        return mode;
    }

    /**
     * The progress recorder.
     *
     * @return the same {@link ProgressRecorder} as {@link #progressRecorder()}
     */
    @Override
    public ProgressReporter progress() {
        return progress;
    }

    /**
     * Whether {@link #cancel()} was called. Counts the check.
     *
     * @return true once cancelled
     */
    @Override
    public boolean isCancelled() {
        cancellationChecks.incrementAndGet();
        return cancelled.get();
    }

    @Override
    public String toString() {
        return "TestPluginContext[" + extensionId + ", tenant " + tenantId + ", " + mode + ", " + settings + "]";
    }
}
