package fi.kohtaamo.insight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dashboard's and its PDF's filters, as read from an address that may be hand-edited. */
class DashboardFilterTest {

    /** The month the tests take for this one, so that they read the same on any day. */
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void aPeriodGivenTheWrongWayRoundIsPutInOrder() {
        DashboardFilter filter = new DashboardFilter();
        filter.setFrom("2026-06");
        filter.setTo("2026-01");

        filter.settle(DECEMBER);

        assertThat(filter.first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(filter.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(filter.getFrom()).isEqualTo("2026-01");
    }

    @Test
    void missingOrUnreadableMonthsMeanTheLastTwelveAndAnOddWindowMeansSix() {
        DashboardFilter filter = new DashboardFilter();
        filter.setFrom("June");
        filter.setWindow(5);

        filter.settle(DECEMBER);

        assertThat(filter.first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(filter.last()).isEqualTo(DECEMBER);
        assertThat(filter.getWindow()).isEqualTo(6);
    }

    @Test
    void theAllowedWindowsAreKept() {
        for (int window : new int[] {3, 6, 12}) {
            DashboardFilter filter = new DashboardFilter();
            filter.setWindow(window);

            filter.settle(DECEMBER);

            assertThat(filter.getWindow()).isEqualTo(window);
        }
    }
}
