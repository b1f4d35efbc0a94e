package fi.kohtaamo.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** NPS and its margin of error against values computed by hand (shown in each test). */
class NpsCalculatorTest {

    @Test
    void scoresAreSortedIntoPromotersPassivesAndDetractors() {
        assertThat(NpsCalculator.promoter(9)).isTrue();
        assertThat(NpsCalculator.promoter(8)).isFalse();
        assertThat(NpsCalculator.detractor(6)).isTrue();
        assertThat(NpsCalculator.detractor(7)).isFalse();
    }

    @Test
    void fiftyAnswersWithTwentyFivePromotersAndTenDetractors() {
        // NPS = (25 − 10) / 50 = 30. Shares p = 0.5, d = 0.2; variance = 0.5 + 0.2 − 0.3² = 0.61;
        // margin = 1.96 · √(0.61 / 50) · 100 = 1.96 · 0.110454 · 100 = 21.65.
        assertThat(NpsCalculator.nps(25, 10, 50)).isEqualTo(30.0);
        assertThat(NpsCalculator.marginOfError(25, 10, 50)).isCloseTo(21.65, within(0.01));
    }

    @Test
    void twoHundredAnswersNarrowTheMargin() {
        // p = 120/200 = 0.6, d = 30/200 = 0.15: NPS 45; variance = 0.75 − 0.45² = 0.5475;
        // margin = 1.96 · √(0.5475 / 200) · 100 = 1.96 · 0.052321 · 100 = 10.25.
        assertThat(NpsCalculator.nps(120, 30, 200)).isEqualTo(45.0);
        assertThat(NpsCalculator.marginOfError(120, 30, 200)).isCloseTo(10.25, within(0.01));
    }

    @Test
    void allPromotersHaveNoSpreadAndNoAnswersHaveNoScore() {
        assertThat(NpsCalculator.nps(10, 0, 10)).isEqualTo(100.0);
        assertThat(NpsCalculator.marginOfError(10, 0, 10)).isEqualTo(0.0);
        assertThat(NpsCalculator.nps(0, 0, 0)).isNaN();
        assertThat(NpsCalculator.marginOfError(1, 0, 1)).isNaN();
    }
}
