package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the forecasting contract's checks directly on plugins compiled in the test: a correct one passes
 * every check, and each broken one fails the check that guards against its defect.
 */
class ForecastMethodContractTest {

    @TempDir
    Path work;

    /** The contract, pointed at one zip; its checks are called like JUnit would. */
    private static final class ContractUnderTest extends ForecastMethodContract {
        private final Path zip;

        ContractUnderTest(Path zip) {
            this.zip = zip;
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "naive";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }
    }

    private ContractUnderTest contractFor(TestForecastPlugins plugin, String pluginId) {
        return new ContractUnderTest(plugin.buildZip(work, pluginId));
    }

    @Test
    void aCorrectMethodPassesEveryCheck() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins(), "correct");
        try {
            assertThatCode(() -> {
                contract.acceptsTheContractSettings();
                contract.minimumObservationsIsPositive();
                contract.forecastsAreFiniteAndOfTheRequestedHorizon();
                contract.intervalsCoverEveryRequestedLevel();
                contract.intervalsNest();
                contract.intervalsDoNotNarrowWithTheHorizon();
                contract.fittedValuesAndResidualsMatchTheSeries();
                contract.isDeterministic();
                contract.isThreadSafe();
                contract.handlesMissingValues();
                contract.honoursCancellation();
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void intervalsThatDoNotNestFail() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins()
                .withIntervalHalfWidth("(level > 90 ? 0.5 : 1.0) * z * (sigma + 1) * Math.sqrt(s + 1.0)"), "not-nested");
        try {
            assertThatThrownBy(contract::intervalsNest).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("the 95.0% interval").hasMessageContaining("does not contain the 80.0% interval");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void intervalsThatNarrowWithTheHorizonFail() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins()
                .withIntervalHalfWidth("z * (sigma + 1) / Math.sqrt(s + 1.0)"), "narrowing");
        try {
            assertThatThrownBy(contract::intervalsDoNotNarrowWithTheHorizon).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("width shrinks");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aForecastOfTheWrongLengthFails() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins().oneStepShort(), "short-horizon");
        try {
            assertThatThrownBy(contract::forecastsAreFiniteAndOfTheRequestedHorizon).isInstanceOf(AssertionError.class);
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void ignoringCancellationFails() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins().ignoringCancellation(), "ignores-cancel");
        try {
            assertThatThrownBy(contract::honoursCancellation).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("cancelled context");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aNonDeterministicMethodFails() {
        ContractUnderTest contract = contractFor(new TestForecastPlugins().withNotes("String.valueOf(System.nanoTime())"),
                "random-notes");
        try {
            assertThatThrownBy(contract::isDeterministic).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("same notes twice");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aMethodWithStateInFieldsFailsTheThreadSafetyCheck() {
        // Per-call state kept in a field: results depend on what other calls did before.
        String stateful = new TestForecastPlugins().withNotes("String.valueOf(calls.incrementAndGet())").source()
                .replace("private static boolean visible",
                        "private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();\n\n"
                                + "    private static boolean visible");
        Path zip = new TestPluginBuilder(work, "stateful").source(TestForecastPlugins.CLASS_NAME, stateful).build();
        ContractUnderTest contract = new ContractUnderTest(zip);
        try {
            assertThatThrownBy(contract::isThreadSafe).isInstanceOf(AssertionError.class).hasMessageContaining("same notes twice");
        } finally {
            contract.closePluginUnderTest();
        }
    }
}
