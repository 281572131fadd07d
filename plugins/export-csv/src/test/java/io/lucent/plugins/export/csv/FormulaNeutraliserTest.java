package io.lucent.plugins.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaNeutraliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-5", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")"})
    void prefixesTextStartingWithAFormulaTrigger(String text) {
        assertThat(FormulaNeutraliser.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "5", "a=b", " =1", "'quoted", "e-mail"})
    void leavesOtherTextAlone(String text) {
        assertThat(FormulaNeutraliser.neutralise(text)).isEqualTo(text);
    }
}
