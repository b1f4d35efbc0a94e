package fi.kohtaamo.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.learning.control.WorkshopRecords.Attendance;
import fi.kohtaamo.learning.control.WorkshopRecords.Commitment;
import fi.kohtaamo.learning.control.WorkshopRecords.Invitation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopRecordsTest {

    private static Invitation invitation(String day, String status, boolean attended) {
        return new Invitation(1, 2, null, LocalDate.parse(day).atTime(9, 0), status, attended);
    }

    @Test
    void attendanceCountsOnlyHeldSessionsAndNamesTheLastDayThePersonCame() {
        Attendance attendance = Attendance.of(List.of(
                invitation("2026-12-20", "SCHEDULED", false),
                invitation("2026-11-05", "HELD", false),
                invitation("2026-10-01", "CANCELLED", false),
                invitation("2026-09-14", "HELD", true),
                invitation("2026-06-02", "HELD", true)));

        assertThat(attendance).isEqualTo(new Attendance(2, 3, LocalDate.parse("2026-09-14")));
    }

    @Test
    void someoneInvitedOnlyToSessionsStillToComeHasNotMissedAny() {
        assertThat(Attendance.of(List.of(invitation("2026-12-20", "SCHEDULED", false))))
                .isEqualTo(Attendance.NONE);
    }

    @Test
    void aCommitmentIsOverdueOnlyWhileOpenAndPastItsDay() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        LocalDate yesterday = today.minusDays(1);

        assertThat(new Commitment("x", false, yesterday, "OPEN").overdueOn(today))
                .isTrue();
        assertThat(new Commitment("x", false, today, "OPEN").overdueOn(today)).isFalse();
        assertThat(new Commitment("x", true, yesterday, "DONE").overdueOn(today))
                .isFalse();
        assertThat(new Commitment("x", true, null, "OPEN").overdueOn(today)).isFalse();
    }

    @Test
    void anInvitationIsHeldByItsSessionsStatus() {
        assertThat(new Invitation(1, 2, null, LocalDateTime.MIN, "HELD", false).isHeld())
                .isTrue();
        assertThat(new Invitation(1, 2, null, LocalDateTime.MIN, "CANCELLED", true).isHeld())
                .isFalse();
    }
}
