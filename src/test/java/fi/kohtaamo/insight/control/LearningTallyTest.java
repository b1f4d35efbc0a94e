package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reaction and learning per track: means over all completed modules of the units added up. */
class LearningTallyTest {

    @Test
    void meansAreTakenOverTheSumsOfAllUnits() {
        // Unit A: ratings 4 + 5, quiz 80 + 90 + 100, 2 of 3 first tries passed; unit B: rating 3, quiz 60, 0 of 1.
        LearningTally a = new LearningTally(9, 2, 270, 3, 2, 3);
        LearningTally b = new LearningTally(3, 1, 60, 1, 0, 1);

        LearningTally track = a.plus(b);

        assertThat(track).isEqualTo(new LearningTally(12, 3, 330, 4, 2, 4));
        assertThat(track.rating()).isEqualTo(4.0);
        assertThat(track.quizScore()).isEqualTo(82.5);
        assertThat(track.firstTryPassRate()).isEqualTo(50.0);
        assertThat(a.firstTryPassRate()).isEqualTo(200.0 / 3);
    }

    @Test
    void nothingCompletedHasNoMeans() {
        assertThat(LearningTally.NONE.rating()).isNull();
        assertThat(LearningTally.NONE.quizScore()).isNull();
        assertThat(LearningTally.NONE.firstTryPassRate()).isNull();
        assertThat(LearningTally.NONE.plus(LearningTally.NONE)).isEqualTo(LearningTally.NONE);
    }
}
