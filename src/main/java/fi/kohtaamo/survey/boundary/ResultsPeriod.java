package fi.kohtaamo.survey.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The months Customer results shows, as its address carries them: {@code months=3}, {@code 6}, {@code 12} or
 * {@code 24} (the current month and those before it; 24 when missing), or {@code months=custom} with {@code from} and
 * {@code to} ({@code 2026-01}, as the dashboard writes months; a link with only {@code from} and {@code to} is custom
 * too, and a missing {@code to} is the current month). A custom period that cannot be read says why on its field, in a
 * message key, and the page shows the default two years meanwhile.
 *
 * <pre>{@code
 * ResultsPeriod period = ResultsPeriod.read("custom", "2026-01", "2026-06", YearMonth.of(2026, 12));
 * period.first(); // 2026-01-01
 * period.last();  // 2026-06-01
 * }</pre>
 *
 * @param first the first month shown, as its first day
 * @param last the last month shown, as its first day
 * @param fromError the message key of what is wrong with {@code from}, or null
 * @param toError the message key of what is wrong with {@code to}, or null
 */
public record ResultsPeriod(String months, LocalDate first, LocalDate last, String fromError, String toError)
        implements Serializable {

    /** The lengths offered, in months. */
    public static final List<Integer> LENGTHS = List.of(3, 6, 12, 24);

    /** The length shown when none is chosen: two years. */
    public static final int DEFAULT = 24;

    public static final String CUSTOM = "custom";

    /** Whether the period is one the viewer set month by month. */
    public boolean custom() {
        return CUSTOM.equals(months);
    }

    public boolean valid() {
        return fromError == null && toError == null;
    }

    public static ResultsPeriod read(String months, String from, String to, YearMonth current) {
        boolean custom = CUSTOM.equals(months) || (blank(months) && !(blank(from) && blank(to)));
        if (!custom) {
            int length = LENGTHS.stream()
                    .filter(l -> String.valueOf(l).equals(months))
                    .findFirst()
                    .orElse(DEFAULT);
            return lasting(String.valueOf(length), length, current, null, null);
        }
        YearMonth first = month(from);
        YearMonth last = blank(to) ? current : month(to);
        String fromError =
                blank(from) ? "results.period.fromMissing" : first == null ? "results.period.badMonth" : null;
        String toError = null;
        if (last == null) {
            toError = "results.period.badMonth";
        } else if (last.isAfter(current)) {
            toError = "results.period.future";
        } else if (first != null && last.isBefore(first)) {
            toError = "results.period.toBeforeFrom";
        }
        if (fromError != null || toError != null) {
            return lasting(CUSTOM, DEFAULT, current, fromError, toError);
        }
        return new ResultsPeriod(CUSTOM, first.atDay(1), last.atDay(1), null, null);
    }

    private static ResultsPeriod lasting(
            String months, int length, YearMonth current, String fromError, String toError) {
        return new ResultsPeriod(
                months, current.minusMonths(length - 1L).atDay(1), current.atDay(1), fromError, toError);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
