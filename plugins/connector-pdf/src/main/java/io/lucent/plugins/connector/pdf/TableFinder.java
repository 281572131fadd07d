package io.lucent.plugins.connector.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the table in a report's lines: the longest run of consecutive lines with the same number (two or more) of
 * cells, where the run may continue across pages and skips a repeated header at the top of a page. The first
 * line of the run is the header when none of its cells is a number.
 */
final class TableFinder {

    /**
     * A table found in the text.
     *
     * @param header column names, or empty when the first row holds data
     * @param rows   the data rows
     */
    record Table(List<String> header, List<TextLine> rows) {
    }

    private TableFinder() {
    }

    /** Where a line is in the list (by identity: two lines may hold the same text). */
    private static int position(List<TextLine> lines, TextLine line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == line) {
                return i;
            }
        }
        throw new IllegalArgumentException("line not in the document");
    }

    /**
     * Whether {@code next} continues {@code run} on the following page: same number of cells, and only single-cell
     * lines (footers, page numbers, titles) between them.
     */
    private static boolean continues(List<TextLine> run, List<TextLine> next, List<TextLine> lines) {
        TextLine last = run.get(run.size() - 1);
        TextLine first = next.get(0);
        if (last.cells().size() != first.cells().size() || first.page() != last.page() + 1) {
            return false;
        }
        int from = position(lines, last) + 1;
        int to = position(lines, first);
        return lines.subList(from, to).stream().allMatch(line -> line.cells().size() < 2);
    }

    static Optional<Table> find(List<TextLine> lines) {
        List<List<TextLine>> runs = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int width = lines.get(start).cells().size();
            int end = start + 1;
            while (end < lines.size() && lines.get(end).cells().size() == width) {
                end++;
            }
            if (width >= 2) {
                List<TextLine> run = new ArrayList<>(lines.subList(start, end));
                List<TextLine> previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (previous != null && continues(previous, run, lines)) {
                    previous.addAll(run);
                } else {
                    runs.add(run);
                }
            }
            start = end;
        }
        List<TextLine> run = runs.stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        if (run.size() < 2) {
            return Optional.empty();
        }
        List<String> first = run.get(0).cells();
        boolean header = first.stream().noneMatch(CellValues::isNumber);
        List<TextLine> rows = new ArrayList<>();
        for (int i = header ? 1 : 0; i < run.size(); i++) {
            if (header && run.get(i).cells().equals(first)) {
                continue;
            }
            rows.add(run.get(i));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Table(header ? first : List.of(), rows));
    }
}
