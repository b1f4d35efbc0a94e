package fi.kohtaamo.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.home.control.Attention.Figures;
import fi.kohtaamo.home.control.Attention.Reason;
import fi.kohtaamo.platform.stats.NpsTally;
import org.junit.jupiter.api.Test;

class AttentionTest {

    private static final NpsTally STEADY = new NpsTally(60, 25, 15);

    @Test
    void aUnitThatHoldsItsGroundNeedsNoAttention() {
        assertThat(Attention.reasons(new Figures(20, 2, STEADY, STEADY, 1, true)))
                .isEmpty();
    }

    @Test
    void threeOverdueAreManyHoweverLargeTheUnit() {
        assertThat(Attention.manyOverdue(3, 200)).isTrue();
        assertThat(Attention.manyOverdue(2, 200)).isFalse();
    }

    @Test
    void moreThanAFifthOverdueAreManyHoweverFew() {
        assertThat(Attention.manyOverdue(1, 4)).isTrue();
        assertThat(Attention.manyOverdue(1, 5)).isFalse();
        assertThat(Attention.manyOverdue(2, 9)).isTrue();
        assertThat(Attention.manyOverdue(0, 0)).isFalse();
    }

    @Test
    void aFallBeyondTheMarginCountsAndItsSizeIsGiven() {
        NpsTally before = new NpsTally(70, 20, 10);
        NpsTally after = new NpsTally(30, 20, 50);

        assertThat(Attention.npsFall(before, after))
                .hasValueSatisfying(
                        fall -> assertThat(fall).isCloseTo(80.0, org.assertj.core.data.Offset.offset(0.001)));
        assertThat(Attention.reasons(new Figures(20, 0, before, after, 1, true)))
                .containsExactly(Reason.NPS_FALLING);
    }

    @Test
    void aFallWithinTheMarginDoesNotCount() {
        NpsTally before = new NpsTally(60, 25, 15);
        NpsTally after = new NpsTally(55, 27, 18);

        assertThat(Attention.npsFall(before, after)).isEmpty();
    }

    @Test
    void aRiseNeverCounts() {
        assertThat(Attention.npsFall(new NpsTally(30, 20, 50), new NpsTally(70, 20, 10)))
                .isEmpty();
    }

    @Test
    void monthsWithTooFewAnswersForTheChartAreNotCompared() {
        // Nine answers each: a big fall, but fewer than a chart point needs.
        assertThat(Attention.npsFall(new NpsTally(9, 0, 0), new NpsTally(0, 0, 9)))
                .isEmpty();
    }

    @Test
    void everyReasonIsGivenInOrder() {
        NpsTally before = new NpsTally(70, 20, 10);
        NpsTally after = new NpsTally(30, 20, 50);

        assertThat(Attention.reasons(new Figures(10, 3, before, after, 0, false)))
                .containsExactly(Reason.NPS_FALLING, Reason.MANY_OVERDUE, Reason.NO_WORKSHOP, Reason.NOT_COACHED);
    }

    @Test
    void noWorkshopAndAnUncoachedSupervisorAreReasonsOfTheirOwn() {
        assertThat(Attention.reasons(new Figures(10, 0, STEADY, STEADY, 0, true)))
                .containsExactly(Reason.NO_WORKSHOP);
        assertThat(Attention.reasons(new Figures(10, 0, NpsTally.EMPTY, NpsTally.EMPTY, 2, false)))
                .containsExactly(Reason.NOT_COACHED);
    }
}
