package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.stats.NpsTally;
import org.junit.jupiter.api.Test;

/** Months of customers' answers: they add up, and CSAT is the mean of the answers that gave one. */
class CustomerTallyTest {

    @Test
    void monthsAddUpAndCsatIsTheMeanOfAllTheirScores() {
        // March: 3 CSAT scores summing to 12 (mean 4); April: 1 score of 2. Together (12 + 2) / 4 = 3.5, not (4 + 2) /
        // 2.
        CustomerTally march = new CustomerTally(new NpsTally(2, 1, 1), 12, 3);
        CustomerTally april = new CustomerTally(new NpsTally(0, 0, 2), 2, 1);

        CustomerTally both = march.plus(april);

        assertThat(both).isEqualTo(new CustomerTally(new NpsTally(2, 1, 3), 14, 4));
        assertThat(both.answers()).isEqualTo(6);
        assertThat(both.csat()).isEqualTo(3.5);
        assertThat(both.nps().nps()).as("(2 − 3) / 6").isCloseTo(-16.667, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void withoutCsatAnswersThereIsNoCsat() {
        assertThat(new CustomerTally(new NpsTally(1, 0, 0), 0, 0).csat()).isNull();
        assertThat(CustomerTally.EMPTY.answers()).isZero();
        assertThat(CustomerTally.EMPTY.plus(CustomerTally.EMPTY)).isEqualTo(CustomerTally.EMPTY);
    }
}
