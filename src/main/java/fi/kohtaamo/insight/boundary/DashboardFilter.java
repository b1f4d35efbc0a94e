package fi.kohtaamo.insight.boundary;

import fi.kohtaamo.insight.control.Dashboard;
import fi.kohtaamo.insight.control.UnitFacts;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * The dashboard's filters as the address carries them (the page's and its PDF's view parameters): region, period
 * ({@code 2026-01} to {@code 2026-06}, the last twelve months when missing or unreadable, put in order when given the
 * wrong way round), what counts as the start of training, and the before/after window (3, 6 or 12 months).
 */
public class DashboardFilter implements Serializable {

    @Getter
    @Setter
    private Long region;

    @Getter
    @Setter
    private String from;

    @Getter
    @Setter
    private String to;

    @Getter
    @Setter
    private UnitFacts.Start start = UnitFacts.Start.FIRST_WORKSHOP;

    @Getter
    @Setter
    private int window = 6;

    /** The dashboard's rows under these filters, of the units the viewer sees; the filters are settled first. */
    List<Dashboard.Row> rows(Dashboard dashboard, Set<Long> visible, YearMonth thisMonth) {
        settle(thisMonth);
        return dashboard.rows(visible, region, first(), last(), start, window);
    }

    /** Replaces missing or unreadable values with the defaults, so that the page shows what was used. */
    void settle(YearMonth thisMonth) {
        YearMonth[] year = Dashboard.lastYear(thisMonth);
        YearMonth first = month(from, year[0]);
        YearMonth last = month(to, year[1]);
        if (last.isBefore(first)) {
            YearMonth swap = first;
            first = last;
            last = swap;
        }
        from = first.toString();
        to = last.toString();
        if (window != 3 && window != 6 && window != 12) {
            window = 6;
        }
    }

    YearMonth first() {
        return YearMonth.parse(from);
    }

    YearMonth last() {
        return YearMonth.parse(to);
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
