package io.lucent.plugins.connector.csv;

import static io.lucent.plugins.connector.csv.CsvFiles.file;
import static io.lucent.plugins.connector.csv.CsvFiles.open;
import static io.lucent.plugins.connector.csv.CsvFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.TableReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Messy inputs built from CSV's own characters (seeded, so every run is the same): each is either read, with
 * every row accounted for as a value row or a problem, or refused with INVALID_INPUT, never another failure.
 */
class RandomInputTest {

    private static final String ALPHABET = "ab,,;;|\t\"\"\n\n\r 0123456789.-/:eé€T";

    @Test
    void readsOrRefusesMessyInputsWithoutOtherFailures() {
        SplittableRandom random = new SplittableRandom(20_260_115);
        int read = 0;
        for (int i = 0; i < 2_000; i++) {
            byte[] content = randomContent(random);
            try (TableReader reader = open(file(content), Map.of("sampleRows", 1 + random.nextInt(20)))) {
                assertThat(reader.schema().size()).isPositive();
                rows(reader);
                assertThat(reader.problems()).hasSizeLessThanOrEqualTo(100);
                read++;
            } catch (PluginException e) {
                assertThat(e.kind()).as("failure for input %d", i).isEqualTo(PluginException.Kind.INVALID_INPUT);
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        assertThat(read).as("inputs read rather than refused").isGreaterThan(1_000);
    }

    private static byte[] randomContent(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            return bytes;
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}
