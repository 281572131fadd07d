package io.lucent.platform.forecasting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our scores side by side with another tool's per-series results. */
class ReferenceComparisonTest {

    @TempDir
    Path dir;

    private static SeriesScore ours(String id, String frequency, String method, double smape, double mase,
                                    double seconds) {
        return new SeriesScore(id, frequency, method, smape, mase, 0.8, 0.9, 5, seconds, "ok", "");
    }

    private Path reference(String... rows) throws IOException {
        Path file = dir.resolve("reference.csv");
        Files.writeString(file, "\"series_id\",\"frequency\",\"method\",\"smape\",\"mase\",\"cov95\",\"seconds\"\n"
                + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void readsQuotedRowsAndLeavesOutRowsWithoutScores() throws IOException {
        ReferenceResults results = ReferenceResults.read(reference(
                "\"A\",\"Yearly\",\"Naive2\",10,2,NA,0.5",
                "\"A\",\"Yearly\",\"thetaf\",NA,NA,NA,0.5",
                "\"B\",\"Yearly\",\"ets\",8,1.5,0.9,2"));

        assertThat(results.scores()).containsExactly(
                new ReferenceResults.Score("A", "Naive2", 10, 2, Double.NaN, 0.5),
                new ReferenceResults.Score("B", "ets", 8, 1.5, 0.9, 2));
    }

    @Test
    void refusesAFileWithoutTheScoreColumns() throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "series_id,method,smape\nA,ets,1\n");

        assertThatThrownBy(() -> ReferenceResults.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("no column 'mase'");
    }

    @Test
    void comparesPairedMethodsAndTheOthersWithTheReferencesBestOnTheSameNaive2() throws IOException {
        List<SeriesScore> scores = List.of(
                ours("A", "Yearly", "naive2", 10, 2, 0.001), ours("B", "Yearly", "naive2", 20, 4, 0.001),
                ours("A", "Yearly", "ets", 8, 1.6, 0.01), ours("B", "Yearly", "ets", 16, 3.2, 0.01),
                ours("A", "Yearly", "auto", 5, 1, 0.1), ours("B", "Yearly", "auto", 10, 2, 0.1));
        ReferenceResults reference = ReferenceResults.read(reference(
                "A,Yearly,Naive2,10,2,NA,0.1", "B,Yearly,Naive2,20,4,NA,0.1",
                "A,Yearly,ets,10,2,0.95,1", "B,Yearly,ets,20,4,0.85,1",
                "A,Yearly,thetaf,6,1.2,NA,0.5", "B,Yearly,thetaf,12,2.4,NA,0.5",
                "C,Yearly,thetaf,1,1,NA,0.5"));

        ReferenceComparison comparison = ReferenceComparison.of(scores, List.of("naive2", "ets", "auto"), reference,
                Map.of("ets", "ets"));

        assertThat(comparison.naive2Source()).isEqualTo("reference");
        assertThat(comparison.seriesInBoth()).isEqualTo(2);
        ReferenceComparison.Row ets = row(comparison, "ALL", "ets");
        assertThat(ets.reference()).isEqualTo("ets");
        assertThat(ets.best()).isFalse();
        assertThat(ets.n()).isEqualTo(2);
        assertThat(ets.owa()).isCloseTo(0.8, within(1e-12));
        assertThat(ets.referenceOwa()).isCloseTo(1.0, within(1e-12));
        assertThat(ets.difference()).isCloseTo(-0.2, within(1e-12));
        assertThat(ets.referenceCov95()).isCloseTo(0.9, within(1e-12));
        assertThat(ets.speedRatio()).isCloseTo(100, within(1e-9));
        ReferenceComparison.Row auto = row(comparison, "Yearly", "auto");
        assertThat(auto.reference()).isEqualTo("thetaf");
        assertThat(auto.best()).isTrue();
        assertThat(auto.referenceOwa()).isCloseTo(0.6, within(1e-12));
        assertThat(auto.owa()).isCloseTo(0.5, within(1e-12));
        assertThat(comparison.rows()).noneMatch(r -> r.ours().equals("naive2"));
    }

    @Test
    void usesOurNaive2WhenTheReferenceHasNone() throws IOException {
        List<SeriesScore> scores = List.of(ours("A", "Monthly", "naive2", 10, 1, 0.001),
                ours("A", "Monthly", "theta", 5, 0.5, 0.001));
        ReferenceResults reference = ReferenceResults.read(reference("A,Monthly,thetaf,10,1,NA,NA"));

        ReferenceComparison comparison = ReferenceComparison.of(scores, List.of("theta"), reference,
                Map.of("theta", "thetaf"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        comparison.print(new PrintStream(printed, true, StandardCharsets.UTF_8), "R");

        assertThat(comparison.naive2Source()).isEqualTo("ours");
        ReferenceComparison.Row theta = row(comparison, "Monthly", "theta");
        assertThat(theta.owa()).isCloseTo(0.5, within(1e-12));
        assertThat(theta.referenceOwa()).isCloseTo(1.0, within(1e-12));
        assertThat(theta.speedRatio()).isNaN();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("against our Naive2")
                .contains("| Monthly | theta | thetaf | 1 | 0.500 | 1.000 | -50.0% |");
    }

    private static ReferenceComparison.Row row(ReferenceComparison comparison, String group, String ours) {
        return comparison.rows().stream().filter(r -> r.group().equals(group) && r.ours().equals(ours))
                .findFirst().orElseThrow();
    }
}
