package io.lucent.plugins.export.csv;

/**
 * Defuses spreadsheet formula injection (CSV injection) in text cells.
 *
 * <p>Spreadsheet programs evaluate a cell whose text starts with {@code =}, {@code +}, {@code -} or
 * {@code @} as a formula, and some also treat a leading tab or carriage return that way. A text cell that
 * starts with one of these characters is prefixed with a single quote, which spreadsheets display as text
 * and do not evaluate. This applies to every text cell, including text that looks like a number such as
 * {@code "-5"}: a value the document types as text stays text. Numbers typed as numbers are never passed
 * through here.
 */
final class FormulaNeutraliser {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaNeutraliser() {
    }

    /**
     * The text as it is safe to write into a spreadsheet cell.
     *
     * @param text a text cell
     * @return the text, prefixed with {@code '} if it starts with a formula trigger
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
