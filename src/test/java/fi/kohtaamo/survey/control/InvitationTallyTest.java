package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The invitations of a unit: what expired follows from the visits, and the answer rate is rounded as HR reads it. */
class InvitationTallyTest {

    @Test
    void visitsNeitherWaitingNorSentExpired() {
        assertThat(InvitationTally.of(10, 2, 7, 3)).isEqualTo(new InvitationTally(2, 7, 3, 1));
    }

    @Test
    void theAnswerRateIsAWholePercentageOfThoseSent() {
        assertThat(new InvitationTally(0, 3, 1, 0).answerRate()).as("33.3 %").isEqualTo(33);
        assertThat(new InvitationTally(0, 3, 2, 0).answerRate()).as("66.7 %").isEqualTo(67);
        assertThat(new InvitationTally(0, 8, 1, 0).answerRate())
                .as("12.5 % rounds up")
                .isEqualTo(13);
    }

    @Test
    void withNothingSentThereIsNoRate() {
        assertThat(InvitationTally.NONE.answerRate()).isNull();
        assertThat(new InvitationTally(4, 0, 0, 2).answerRate()).isNull();
    }
}
