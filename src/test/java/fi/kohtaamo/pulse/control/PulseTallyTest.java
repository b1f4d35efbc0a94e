package fi.kohtaamo.pulse.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.platform.stats.NpsTally;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group's pulse sums: added up unit by unit, and only then turned into factor means and eNPS. */
class PulseTallyTest {

    @Test
    void unitsAddUpBeforeAnyMeanIsTaken() {
        // Unit A: 2 answers, communication statements summing to 16 (mean 4.0); unit B: 3 answers summing to 12 (2.0).
        // The group's mean is (16 + 12) / (2 · 5) = 2.8, not the mean of the two units' means (3.0).
        PulseTally a = new PulseTally(2, List.of(16L, 8L, 10L, 12L, 14L, 20L), new NpsTally(1, 1, 0));
        PulseTally b = new PulseTally(3, List.of(12L, 18L, 24L, 30L, 6L, 9L), new NpsTally(0, 1, 2));

        PulseTally group = a.plus(b);

        assertThat(group.answers()).isEqualTo(5);
        assertThat(group.factorSums()).containsExactly(28L, 26L, 34L, 42L, 20L, 29L);
        assertThat(group.factorMeans()).containsExactly(2.8, 2.6, 3.4, 4.2, 2.0, 2.9);
        assertThat(group.enps()).isEqualTo(new NpsTally(1, 2, 2));
        assertThat(group.enps().nps()).as("(1 − 2) / 5").isEqualTo(-20.0);
    }

    @Test
    void noAnswersAddNothing() {
        PulseTally a = new PulseTally(2, List.of(16L, 8L, 10L, 12L, 14L, 20L), new NpsTally(1, 1, 0));

        assertThat(PulseTally.NONE.plus(a)).isEqualTo(a);
        assertThat(PulseTally.NONE.factorMeans()).allMatch(mean -> mean.isNaN());
    }

    @Test
    void everyFactorHasASum() {
        assertThatThrownBy(() -> new PulseTally(1, List.of(2L, 2L), NpsTally.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
