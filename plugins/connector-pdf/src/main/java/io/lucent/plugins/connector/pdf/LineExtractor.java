package io.lucent.plugins.connector.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text lines of a document with PDFBox, keeping where each word sits: a gap between two words wider
 * than most of a character height starts a new cell, which is how columns of a report are laid out.
 */
final class LineExtractor extends PDFTextStripper {

    /** A gap wider than this share of the font size separates cells. */
    private static final float CELL_GAP = 0.9f;

    private final List<TextLine> lines = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private StringBuilder cell = new StringBuilder();
    private float lastEnd = Float.NaN;

    private LineExtractor() throws IOException {
        setSortByPosition(true);
    }

    static List<TextLine> lines(PDDocument document) throws IOException {
        LineExtractor extractor = new LineExtractor();
        extractor.writeText(document, new StringWriter());
        return extractor.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float start = first.getXDirAdj();
        float size = Math.max(1f, first.getFontSizeInPt());
        if (!Float.isNaN(lastEnd) && start - lastEnd > CELL_GAP * size) {
            endCell();
        } else if (cell.length() > 0) {
            cell.append(' ');
        }
        cell.append(text.strip());
        lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
    }

    @Override
    protected void writeLineSeparator() {
        endCell();
        if (!cells.isEmpty()) {
            lines.add(new TextLine(getCurrentPageNo(), cells));
        }
        cells.clear();
        lastEnd = Float.NaN;
    }

    @Override
    protected void writeWordSeparator() {
        // Words are joined in writeString, which knows the gap between them.
    }

    @Override
    protected void writePageEnd() throws IOException {
        writeLineSeparator();
        super.writePageEnd();
    }

    private void endCell() {
        String text = cell.toString().strip();
        if (!text.isEmpty()) {
            cells.add(text);
        }
        cell = new StringBuilder();
    }
}
