package io.lucent.platform.analytics;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The inputs of a computation, so that its numbers can be audited.
 *
 * @param datasetId     the sales dataset
 * @param version       its version
 * @param contentHash   the version's content hash
 * @param mapping       the column mapping used
 * @param dataFrom      the first valid sale in the data
 * @param dataTo        the last valid sale in the data
 * @param from          the first day analysed
 * @param to            the last day analysed (inclusive)
 * @param asOf          the last valid sale within the analysed range: "now" for recency measures
 * @param category      the category filter, if any
 * @param rowsTotal     rows in the dataset
 * @param rowsUsed      rows the computation used
 * @param excluded      the rows left out, by reason (including rows outside the date range or category)
 * @param inventory     the inventory dataset used, if any
 */
@Schema(description = "The inputs of a computation: data range, row counts, excluded rows and why")
public record Inputs(String datasetId, int version, String contentHash, SalesMapping mapping, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dataFrom,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dataTo, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate from, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate to,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDateTime asOf, String category, long rowsTotal, long rowsUsed,
                     List<Exclusion> excluded, InventoryInputs inventory) {

    /**
     * The inventory dataset behind stock figures.
     *
     * @param datasetId   the inventory dataset
     * @param contentHash its content hash
     * @param mapping     its column mapping
     * @param products    products with a stock record
     * @param asOf        the stock count's date, if the dataset has one
     */
    public record InventoryInputs(String datasetId, String contentHash, InventoryMapping mapping, long products,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate asOf) {
    }

    Inputs withInventory(InventoryInputs inventoryInputs) {
        return new Inputs(datasetId, version, contentHash, mapping, dataFrom, dataTo, from, to, asOf, category, rowsTotal, rowsUsed, excluded,
                inventoryInputs);
    }
}
