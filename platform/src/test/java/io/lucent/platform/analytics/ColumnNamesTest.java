package io.lucent.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNamesTest {

    @Test
    void matchesIgnoringCaseSpacesDashesAndUnderscores() {
        ColumnNames names = new ColumnNames(List.of("Order Date", "product_ID", "Sub-Category"));

        assertThat(names.find("orderdate")).isEqualTo("Order Date");
        assertThat(names.find("productid")).isEqualTo("product_ID");
        assertThat(names.find("subcategory")).isEqualTo("Sub-Category");
        assertThat(names.find("quantity")).isNull();
    }

    @Test
    void prefersEarlierCandidatesThenTheFirstColumnWithTheName() {
        ColumnNames names = new ColumnNames(List.of("item", "SKU", "s_k_u"));

        assertThat(names.find("sku", "item")).isEqualTo("SKU");
        assertThat(names.find("nope", "item")).isEqualTo("item");
    }
}
