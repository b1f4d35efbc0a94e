package fi.kohtaamo.platform.export;

/**
 * A table that left Kohtaamo through {@link Exports}, fired as a CDI event before the file is written; the audit log
 * observes it, so exports need not know the audit log.
 *
 * @param table the table's name, e.g. {@code kohtaamo-team-progress}
 * @param format {@code csv} or {@code xlsx}
 * @param detail what the table was filtered to (see {@link Table#detail}), empty when nothing
 */
public record Exported(String table, String format, String detail) {}
