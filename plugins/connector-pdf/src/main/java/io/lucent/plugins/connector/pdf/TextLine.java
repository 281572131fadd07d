package io.lucent.plugins.connector.pdf;

import java.util.List;

/**
 * A line of text on a page, split into cells where the gap between words is wide.
 *
 * @param page  the page number (1-based)
 * @param cells the cells, left to right
 */
record TextLine(int page, List<String> cells) {
    TextLine {
        cells = List.copyOf(cells);
    }
}
