package fi.kohtaamo.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    @Test
    void anOpenCommitmentPastItsDueDateCountsTheDaysItIsOverdue() {
        Commitment commitment = new Commitment(
                new WorkshopSession(null, null, null),
                "Soitamme takaisin",
                null,
                LocalDate.of(2026, 12, 1),
                null,
                null);

        assertThat(commitment.daysOverdueOn(LocalDate.of(2026, 12, 4))).isEqualTo(3);
        assertThat(commitment.daysOverdueOn(LocalDate.of(2026, 12, 1)))
                .as("due today")
                .isZero();

        commitment.setStatus(Commitment.State.DONE);
        assertThat(commitment.daysOverdueOn(LocalDate.of(2026, 12, 4))).isZero();
    }
}
