package io.lucent.plugin.api.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A format-independent report: a title and a sequence of blocks. Exporters render it.
 *
 * @param title     the report title
 * @param createdAt when it was produced
 * @param blocks    the content, in order
 */
public record ReportDocument(String title, Instant createdAt, List<ReportBlock> blocks) {

    /**
     * Validates and copies.
     *
     * @param title the {@code title} component
     * @param createdAt the {@code createdAt} component
     * @param blocks the {@code blocks} component
     */
    public ReportDocument {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        blocks = List.copyOf(blocks);
    }

    /**
     * The tables of this document, in order; handy for tabular formats.
     *
     * @return the table blocks
     */
    public List<ReportBlock.Table> tables() {
        return blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
    }
}
