package fi.kohtaamo.platform.imports;

import fi.kohtaamo.platform.config.OrganisationZone;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and times exports hold: ISO ({@code 2026-11-22T14:05}, with or without an offset, which is converted to
 * the organisation's time) or Finnish ({@code 22.11.2026 14:05}, {@code 22.11.2026 klo 14.05}); XLSX date cells
 * arrive from {@link ImportFile} as ISO date-times.
 *
 * <pre>{@code
 * ImportDates.parse("22.11.2026 klo 14.05"); // 2026-11-22T14:05
 * }</pre>
 */
public final class ImportDates {

    private static final Pattern FINNISH = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+(?:klo\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private ImportDates() {}

    /** ISO or Finnish date and time (a date alone is its midnight); empty if the text is neither or no real date. */
    public static Optional<LocalDateTime> parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher finnish = FINNISH.matcher(value);
            if (finnish.matches()) {
                return Optional.of(dateTime(finnish, 3, 2, 1));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                LocalDateTime local = dateTime(iso, 1, 2, 3);
                String offset = iso.group(7);
                if (offset == null) {
                    return Optional.of(local);
                }
                ZoneOffset zone = ZoneOffset.of(
                        offset.equals("Z")
                                ? "Z"
                                : offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
                return Optional.of(OffsetDateTime.of(local, zone)
                        .atZoneSameInstant(OrganisationZone.ZONE)
                        .toLocalDateTime());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date from the given groups, and the time, where there is one, from groups 4 to 6. */
    private static LocalDateTime dateTime(Matcher date, int year, int month, int day) {
        return LocalDateTime.of(
                number(date.group(year)),
                number(date.group(month)),
                number(date.group(day)),
                number(date.group(4)),
                number(date.group(5)),
                number(date.group(6)));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }
}
