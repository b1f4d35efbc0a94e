package fi.kohtaamo.insight.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A unit's workshops: attendance and commitments done as whole percentages, from tallies that add up. */
class WorkshopTallyTest {

    @Test
    void attendanceAndCommitmentsDoneAreRoundedPercentages() {
        WorkshopTally held = new WorkshopTally(2, 12, 7, 8, 3);

        assertThat(held.attendance()).as("7 / 12 = 58.3 %").isEqualTo(58);
        assertThat(held.commitmentsDonePercent())
                .as("3 / 8 = 37.5 %, rounded up")
                .isEqualTo(38);
    }

    @Test
    void sessionsAndCommitmentsCountedApartAddUp() {
        WorkshopTally sessions = new WorkshopTally(2, 12, 7, 0, 0);
        WorkshopTally commitments = new WorkshopTally(0, 0, 0, 8, 3);

        assertThat(sessions.plus(commitments)).isEqualTo(new WorkshopTally(2, 12, 7, 8, 3));
        assertThat(WorkshopTally.NONE.plus(sessions)).isEqualTo(sessions);
    }

    @Test
    void withNobodyInvitedOrNothingCommittedThereIsNoPercentage() {
        assertThat(WorkshopTally.NONE.attendance()).isNull();
        assertThat(WorkshopTally.NONE.commitmentsDonePercent()).isNull();
        assertThat(new WorkshopTally(1, 0, 0, 2, 0).commitmentsDonePercent()).isZero();
    }
}
