package io.lucent.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.TestPlugins;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lucent forecast} on a file, without a server: CSV and workbook output through the exporter plugins. */
class ForecastCommandTest {

    @TempDir
    Path temp;

    private Path input() throws Exception {
        StringBuilder csv = new StringBuilder("Month,Store,Units\n");
        for (String store : List.of("north", "south")) {
            for (int m = 0; m < 36; m++) {
                csv.append(LocalDate.of(2022, 1, 1).plusMonths(m)).append(',').append(store).append(',')
                        .append(50 + m + (store.equals("north") ? 10 : 0) + 5 * Math.sin(m)).append('\n');
            }
        }
        csv.append("2022-01-01,ghost,\n");
        return Files.writeString(temp.resolve("sales.csv"), csv, StandardCharsets.UTF_8);
    }

    private void run(Path output) throws Exception {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("input", input().toString());
        arguments.put("horizon", 4);
        arguments.put("method", "snaive");
        arguments.put("output", output.toString());
        arguments.put("date", "Month");
        arguments.put("entity", "Store");
        arguments.put("value", "Units");
        arguments.put("plugins", TestPlugins.bundled().toString());
        arguments.put("threads", 2);
        new ForecastCommand().run(null, new Namespace(arguments));
    }

    @Test
    void writesTheLongLayoutCsvForEveryEntityThatHasData() throws Exception {
        Path output = temp.resolve("forecast.csv");

        run(output);

        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("entity_id,entity_name,date,type,value,lo_80,hi_80,lo_95,hi_95");
        assertThat(lines).hasSize(1 + 2 * (36 * 2 + 4));
        assertThat(lines).filteredOn(l -> l.startsWith("south,south,2025-04-01,forecast,")).hasSize(1);
        assertThat(lines).noneMatch(l -> l.startsWith("ghost"));
    }

    @Test
    void writesAWorkbookWithASheetPerEntityAndMetrics() throws Exception {
        Path output = temp.resolve("forecast.xlsx");

        run(output);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("north");
            assertThat(workbook.getSheetName(2)).isEqualTo("metrics");
            assertThat(workbook.getSheet("south").getLastRowNum()).isEqualTo(36 * 2 + 4);
        }
    }
}
