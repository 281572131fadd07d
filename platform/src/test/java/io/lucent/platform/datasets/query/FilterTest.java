package io.lucent.platform.datasets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import io.lucent.plugin.api.data.ColumnType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static final List<DatasetColumn> COLUMNS = List.of(DatasetColumn.of("InvoiceDate", ColumnType.TIMESTAMP),
            DatasetColumn.of("Quantity", ColumnType.INTEGER));

    @Test
    void readsADayOnATimestampColumnAsItsMidnight() {
        Filter filter = Filter.parse("InvoiceDate:gte:2011-12-09", COLUMNS);
        assertThat(filter.value()).isEqualTo(LocalDateTime.of(2011, 12, 9, 0, 0));
    }

    @Test
    void readsATimeOnATimestampColumnWrittenWithASpaceOrAT() {
        assertThat(Filter.parse("InvoiceDate:lt:2011-12-09 12:31", COLUMNS).value()).isEqualTo(LocalDateTime.of(2011, 12, 9, 12, 31));
        assertThat(Filter.parse("InvoiceDate:lt:2011-12-09T12:31:05", COLUMNS).value()).isEqualTo(LocalDateTime.of(2011, 12, 9, 12, 31, 5));
    }

    @Test
    void rejectsTextThatIsNoTimeWithTheFormsItTakes() {
        assertThatThrownBy(() -> Filter.parse("InvoiceDate:gt:yesterday", COLUMNS)).isInstanceOf(LucentException.class)
                .hasMessageContaining("'yesterday'").hasMessageContaining("2024-01-31T13:45");
    }

    @Test
    void rejectsANumberFilterValueThatIsNoNumber() {
        assertThatThrownBy(() -> Filter.parse("Quantity:gt:many", COLUMNS)).isInstanceOf(LucentException.class)
                .hasMessageContaining("'many'").hasMessageContaining("'Quantity'");
    }
}
