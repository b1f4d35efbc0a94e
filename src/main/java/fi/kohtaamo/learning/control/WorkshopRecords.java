package fi.kohtaamo.learning.control;

import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.i18n.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What learning's team pages show of people's workshops: their attendance beside their module status, and on one
 * person's page the sessions they were invited to and their commitments. Workshops depend on learning (a supervisor
 * completes the supervisor track before leading one), so learning cannot ask the workshop feature; the workshop
 * feature implements this interface instead, as organisation implements the kernel's {@code ReaderChoices}.
 *
 * <pre>{@code
 * @Inject WorkshopRecords workshops;
 * Map<Long, Attendance> attendance = workshops.attendance(List.of(anna.getId(), ben.getId()));
 * attendance.getOrDefault(anna.getId(), Attendance.NONE).attended(); // sessions Anna came to
 * }</pre>
 */
public interface WorkshopRecords {

    /** Each person's attendance in brief; a person never invited is missing from the map. */
    Map<Long, Attendance> attendance(Collection<Long> personIds);

    /** The sessions the person was invited to (or added to when attendance was recorded), the latest first. */
    List<Invitation> invitationsOf(Person person);

    /**
     * The commitments the person owns, and the whole team's commitments (which have no owner) of their unit and of
     * the sessions they were invited to: open ones first, each group soonest due first.
     */
    List<Commitment> commitmentsOf(Person person);

    /**
     * One session a person was invited to.
     *
     * @param unitId the session's unit, so that a page links to the session only for those who oversee it
     * @param status the session's {@code SessionStatus}: {@code SCHEDULED}, {@code HELD} or {@code CANCELLED}
     * @param attended whether the person was marked present (only a held session has attendance)
     */
    record Invitation(
            long sessionId, long unitId, LocalizedText guide, LocalDateTime startsAt, String status, boolean attended)
            implements Serializable {

        public boolean isHeld() {
            return "HELD".equals(status);
        }
    }

    /**
     * A person's workshops in figures: of the held sessions they were invited to, how many they came to, and the day
     * they last came (null when never). Sessions still to come and cancelled ones count in neither figure, so that an
     * invitation to next week's session does not read as a missed one.
     */
    record Attendance(int attended, int invited, LocalDate lastAttended) implements Serializable {

        public static final Attendance NONE = new Attendance(0, 0, null);

        /** The figures of one person's invitations. */
        public static Attendance of(Collection<Invitation> invitations) {
            List<Invitation> held =
                    invitations.stream().filter(Invitation::isHeld).toList();
            List<Invitation> came = held.stream().filter(Invitation::attended).toList();
            LocalDate last = came.stream()
                    .map(i -> i.startsAt().toLocalDate())
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            return new Attendance(came.size(), held.size(), last);
        }
    }

    /**
     * A commitment as a person's page lists it.
     *
     * @param team whether it is the whole team's (no owner) rather than the person's own
     * @param state the commitment's state: {@code OPEN}, {@code DONE} or {@code DROPPED}
     */
    record Commitment(String what, boolean team, LocalDate due, String state) implements Serializable {

        /** Open and past its due date on the given day. */
        public boolean overdueOn(LocalDate today) {
            return "OPEN".equals(state) && due != null && due.isBefore(today);
        }
    }
}
