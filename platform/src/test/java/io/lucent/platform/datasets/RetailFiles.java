package io.lucent.platform.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real retail exports in {@code ../shared/data/retail} (next to the checkout); tests skip where they are absent. */
final class RetailFiles {

    private RetailFiles() {
    }

    /** The file, or the test is skipped with a message saying where it was looked for. */
    static Path require(String name) {
        Path directory = Path.of(System.getProperty("lucent.test.config", "config")).toAbsolutePath().normalize()
                .getParent().getParent().resolve("shared/data/retail");
        Path file = directory.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "the real retail data is not here (" + file
                + "): it lives next to the checkout in CI; skipping");
        return file;
    }
}
