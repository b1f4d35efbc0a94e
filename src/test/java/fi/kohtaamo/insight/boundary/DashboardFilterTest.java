package fi.kohtaamo.insight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dashboard's and its PDF's filters, as read from an address that may be hand-edited. */
class DashboardFilterTest {

    @Test
    void aPeriodGivenTheWrongWayRoundIsPutInOrder() {
        DashboardFilter filter = new DashboardFilter();
        filter.setFrom("2026-06");
        filter.setTo("2026-01");

        filter.settle();

        assertThat(filter.first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(filter.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(filter.getFrom()).isEqualTo("2026-01");
    }

    @Test
    void missingOrUnreadableMonthsMeanTheLastTwelveAndAnOddWindowMeansSix() {
        DashboardFilter filter = new DashboardFilter();
        filter.setFrom("June");
        filter.setWindow(5);

        filter.settle();

        YearMonth now = YearMonth.now();
        assertThat(filter.first()).isEqualTo(now.minusMonths(11));
        assertThat(filter.last()).isEqualTo(now);
        assertThat(filter.getWindow()).isEqualTo(6);
    }

    @Test
    void theAllowedWindowsAreKept() {
        for (int window : new int[] {3, 6, 12}) {
            DashboardFilter filter = new DashboardFilter();
            filter.setWindow(window);

            filter.settle();

            assertThat(filter.getWindow()).isEqualTo(window);
        }
    }
}
