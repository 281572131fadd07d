/**
 * Exporters write a {@link io.lucent.plugin.api.export.ReportDocument} (headings, text, tables, charts) to a
 * file format such as CSV, Excel, Word, PDF or HTML.
 */
package io.lucent.plugin.api.export;
