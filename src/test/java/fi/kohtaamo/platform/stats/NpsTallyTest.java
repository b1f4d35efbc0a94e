package fi.kohtaamo.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A tally's total, NPS, margin and sum, against the figures worked out by hand in {@link NpsCalculatorTest}. */
class NpsTallyTest {

    @Test
    void fiftyAnswersWithTwentyFivePromotersAndTenDetractors() {
        NpsTally tally = new NpsTally(25, 15, 10);

        assertThat(tally.total()).isEqualTo(50);
        assertThat(tally.nps()).isEqualTo(30.0);
        assertThat(tally.margin()).isCloseTo(21.65, within(0.01));
        assertThat(tally.margin()).isEqualTo(NpsCalculator.marginOfError(25, 10, 50));
    }

    @Test
    void passivesCountInTheTotalButNotInTheDifference() {
        // (120 − 30) / 200 = 45, as in NpsCalculatorTest; with 10 more passives (120 − 30) / 210 = 42.857…
        assertThat(new NpsTally(120, 50, 30).nps()).isEqualTo(45.0);
        assertThat(new NpsTally(120, 60, 30).nps()).isCloseTo(42.857, within(0.001));
    }

    @Test
    void talliesAddUpGroupByGroup() {
        NpsTally sum = new NpsTally(25, 15, 10).plus(new NpsTally(95, 35, 20));

        assertThat(sum).isEqualTo(new NpsTally(120, 50, 30));
        assertThat(sum.nps()).isEqualTo(45.0);
        assertThat(sum.margin()).isCloseTo(10.25, within(0.01));
        assertThat(NpsTally.EMPTY.plus(sum)).isEqualTo(sum);
    }

    @Test
    void anEmptyTallyHasNoScoreAndOneAnswerNoMargin() {
        assertThat(NpsTally.EMPTY.total()).isZero();
        assertThat(NpsTally.EMPTY.nps()).isNaN();
        assertThat(NpsTally.EMPTY.margin()).isNaN();
        assertThat(new NpsTally(1, 0, 0).nps()).isEqualTo(100.0);
        assertThat(new NpsTally(1, 0, 0).margin()).isNaN();
    }

    @Test
    void aMonthIsChartedFromTenAnswers() {
        assertThat(new NpsTally(5, 2, 2).chartable()).isFalse();
        assertThat(new NpsTally(5, 3, 2).chartable()).isTrue();
    }

    @Test
    void countsAreNotNegative() {
        assertThatThrownBy(() -> new NpsTally(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
