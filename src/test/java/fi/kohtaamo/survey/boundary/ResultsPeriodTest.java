package fi.kohtaamo.survey.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The periods Customer results offers, as links carry them, and every way a custom period can be wrong. */
class ResultsPeriodTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void withoutAChoiceThePageShowsTwoYearsUpToThisMonth() {
        assertThat(ResultsPeriod.read(null, null, null, DECEMBER))
                .isEqualTo(new ResultsPeriod("24", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 1), null, null));
    }

    @Test
    void aLengthIsThatManyMonthsWithThisOne() {
        assertThat(ResultsPeriod.read("3", null, null, DECEMBER))
                .isEqualTo(new ResultsPeriod("3", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), null, null));
        assertThat(ResultsPeriod.read("12", "2020-01", "2020-02", DECEMBER).first())
                .as("a length wins over the months a custom period left in the form")
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ResultsPeriod.read("7", null, null, DECEMBER).months())
                .as("a length not offered")
                .isEqualTo("24");
    }

    @Test
    void aCustomPeriodRunsFromItsFirstToItsLastMonth() {
        ResultsPeriod period = ResultsPeriod.read("custom", "2026-01", "2026-06", DECEMBER);

        assertThat(period)
                .isEqualTo(new ResultsPeriod("custom", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), null, null));
        assertThat(period.custom()).isTrue();
        assertThat(ResultsPeriod.read(null, "2025-03", "2025-03", DECEMBER))
                .as("a link with only its months is custom, and one month is a period")
                .isEqualTo(new ResultsPeriod("custom", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null, null));
        assertThat(ResultsPeriod.read("custom", "2026-09", "", DECEMBER).last())
                .as("up to this month")
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWrongCustomPeriodSaysWhyOnItsFieldAndShowsTwoYears() {
        ResultsPeriod unreadable = ResultsPeriod.read("custom", "March", "2026-13", DECEMBER);
        assertThat(unreadable.fromError()).isEqualTo("results.period.badMonth");
        assertThat(unreadable.toError()).isEqualTo("results.period.badMonth");
        assertThat(unreadable.first()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(unreadable.last()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(unreadable.valid()).isFalse();

        ResultsPeriod missing = ResultsPeriod.read("custom", "", "2026-06", DECEMBER);
        assertThat(missing.fromError()).isEqualTo("results.period.fromMissing");
        assertThat(missing.toError()).isNull();

        ResultsPeriod reversed = ResultsPeriod.read("custom", "2026-06", "2026-01", DECEMBER);
        assertThat(reversed.fromError()).isNull();
        assertThat(reversed.toError()).isEqualTo("results.period.toBeforeFrom");

        ResultsPeriod ahead = ResultsPeriod.read("custom", "2026-06", "2027-01", DECEMBER);
        assertThat(ahead.toError()).isEqualTo("results.period.future");
    }
}
