package fi.kohtaamo.platform.export;

import java.util.List;

/**
 * A table to download, the one shape every CSV and XLSX export of Kohtaamo takes (through {@link Exports}). Cells are
 * typed: text ({@link String}), numbers ({@link Integer}, {@link Long}, or a {@link java.math.BigDecimal} already
 * rounded by {@link fi.kohtaamo.platform.i18n.Figures}, whose scale is the decimals shown), dates
 * ({@link java.time.LocalDate}, {@link java.time.LocalDateTime}) and {@code null} for an empty cell. A figure that
 * goes with a status or a date gets a column of its own, so a spreadsheet can sort and sum it.
 *
 * @param name the file's name without extension, also what the audit log records ({@code team-progress})
 * @param title the sheet's title in the reader's language
 * @param headers one per column
 * @param rows the cells, as many per row as there are headers
 * @param detail what the audit log adds to the format (the filters in force), or an empty string
 */
public record Table(String name, String title, List<String> headers, List<List<Object>> rows, String detail) {

    public Table(String name, String title, List<String> headers, List<List<Object>> rows) {
        this(name, title, headers, rows, "");
    }
}
