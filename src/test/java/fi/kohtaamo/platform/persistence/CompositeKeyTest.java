package fi.kohtaamo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys are equal, and hash alike, exactly when they are of one class and all their parts are equal. */
class CompositeKeyTest {

    static class RoundAndPerson extends CompositeKey {
        final Long roundId;
        final Long personId;

        RoundAndPerson(Long roundId, Long personId) {
            this.roundId = roundId;
            this.personId = personId;
        }

        @Override
        protected List<Object> parts() {
            return Arrays.asList(roundId, personId);
        }
    }

    static class RoundAndUnit extends RoundAndPerson {
        RoundAndUnit(Long roundId, Long unitId) {
            super(roundId, unitId);
        }
    }

    @Test
    void keysWithEqualPartsAreEqualAndHashAlike() {
        assertThat(new RoundAndPerson(1L, 2L))
                .isEqualTo(new RoundAndPerson(1L, 2L))
                .hasSameHashCodeAs(new RoundAndPerson(1L, 2L));
        assertThat(new RoundAndPerson(1L, null)).isEqualTo(new RoundAndPerson(1L, null));
    }

    @Test
    void keysDifferingInOnePartDiffer() {
        assertThat(new RoundAndPerson(1L, 2L))
                .isNotEqualTo(new RoundAndPerson(1L, 3L))
                .isNotEqualTo(new RoundAndPerson(2L, 2L))
                .isNotEqualTo(new RoundAndPerson(2L, 1L))
                .isNotEqualTo(new RoundAndPerson(1L, null))
                .isNotEqualTo(null);
    }

    @Test
    void keysOfDifferentClassesDifferEvenWithEqualParts() {
        assertThat(new RoundAndPerson(1L, 2L)).isNotEqualTo(new RoundAndUnit(1L, 2L));
        assertThat(new RoundAndUnit(1L, 2L)).isNotEqualTo(new RoundAndPerson(1L, 2L));
    }
}
