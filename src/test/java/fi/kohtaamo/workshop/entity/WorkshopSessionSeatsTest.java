package fi.kohtaamo.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seats, the waitlist's order and promotion, and attendance states of one session, without a container. */
class WorkshopSessionSeatsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 12, 0);

    private static WorkshopSession withCapacity(Integer capacity) {
        WorkshopSession session = new WorkshopSession(null, null, null);
        session.setCapacity(capacity);
        return session;
    }

    private static List<Long> line(WorkshopSession session) {
        return session.getWaitlist().stream().map(Waiting::getPersonId).toList();
    }

    @Test
    void inviteesBeyondTheCapacityWaitInTheOrderListed() {
        WorkshopSession session = withCapacity(2);
        WorkshopSession.Seating seating = session.invite(List.of(5L, 3L, 9L, 1L), NOW);
        assertThat(seating.seated()).containsExactly(5L, 3L);
        assertThat(seating.waiting()).containsExactly(9L, 1L);
        assertThat(line(session)).containsExactly(9L, 1L);
        assertThat(session.placeInLine(1L)).isEqualTo(2);
        assertThat(session.hasFreeSeat()).isFalse();
    }

    @Test
    void noCapacityMeansEveryoneGetsASeat() {
        WorkshopSession session = withCapacity(null);
        assertThat(session.invite(List.of(1L, 2L, 3L), NOW).waiting()).isEmpty();
        assertThat(session.getInvitees()).hasSize(3);
    }

    @Test
    void aCancellationPromotesTheFirstInLineAndKeepsTheReason() {
        WorkshopSession session = withCapacity(1);
        session.invite(List.of(1L, 2L, 3L), NOW);
        assertThat(session.cancelSeat(1L, "Asiakaskäynti", NOW)).containsExactly(2L);
        assertThat(session.isInvited(2L)).isTrue();
        assertThat(line(session)).containsExactly(3L);
        assertThat(session.getCancellations())
                .singleElement()
                .extracting(Cancellation::getReason)
                .isEqualTo("Asiakaskäynti");
    }

    @Test
    void cancellingAPlaceInLinePromotesNobody() {
        WorkshopSession session = withCapacity(1);
        session.invite(List.of(1L, 2L, 3L), NOW);
        assertThat(session.cancelSeat(2L, "Lomalla", NOW)).isEmpty();
        assertThat(line(session)).containsExactly(3L);
    }

    @Test
    void removingAnInviteeOrRaisingTheCapacityPromotesInOrder() {
        WorkshopSession session = withCapacity(1);
        session.invite(List.of(1L, 2L, 3L, 4L), NOW);
        WorkshopSession.Seating seating = session.invite(List.of(2L, 3L, 4L), NOW);
        assertThat(seating.promoted()).containsExactly(2L);
        assertThat(session.setCapacity(3)).containsExactly(3L, 4L);
        assertThat(session.getWaitlist()).isEmpty();
    }

    @Test
    void aSignUpTakesTheLastPlaceInLineWhenFull() {
        WorkshopSession session = withCapacity(1);
        session.invite(List.of(1L, 2L), NOW);
        assertThat(session.signUp(7L, NOW).waiting()).containsExactly(7L);
        assertThat(line(session)).containsExactly(2L, 7L);
    }

    @Test
    void partlyAttendedCountsAsAttendedAndExcusedDoesNot() {
        WorkshopSession session = withCapacity(null);
        session.invite(List.of(1L, 2L, 3L, 4L), NOW);
        session.recordAttendance(Map.of(
                1L, Attendance.ATTENDED,
                2L, Attendance.PARTLY_ATTENDED,
                3L, Attendance.EXCUSED,
                4L, Attendance.NO_SHOW));
        assertThat(session.getAttendedCount()).isEqualTo(2);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.HELD);
    }

    @Test
    void aLateAdditionGetsASeatBeyondTheCapacityAndLeavesTheLine() {
        WorkshopSession session = withCapacity(1);
        session.invite(List.of(1L, 2L), NOW);
        session.recordAttendance(Set.of(1L, 2L, 8L));
        assertThat(session.getInvitees()).hasSize(3);
        assertThat(session.getWaitlist()).isEmpty();
        assertThat(session.getAttendedCount()).isEqualTo(3);
    }

    @Test
    void theSetOfAttendeesMarksEveryOtherInviteeAsANoShow() {
        WorkshopSession session = withCapacity(null);
        session.invite(List.of(1L, 2L), NOW);
        session.recordAttendance(Set.of(1L));
        assertThat(session.getInvitees())
                .filteredOn(i -> i.getPersonId() == 2L)
                .singleElement()
                .extracting(Invitee::getAttendance)
                .isEqualTo(Attendance.NO_SHOW);
    }
}
