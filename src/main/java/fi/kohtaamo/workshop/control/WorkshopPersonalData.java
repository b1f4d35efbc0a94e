package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.PersonalDataPart;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.export.JsonRows;
import fi.kohtaamo.workshop.entity.Attendance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A person's workshops in their data export: the sessions they were invited to, with attendance, the waitlists they
 * are on, their cancellations with the reasons they gave, the sessions they facilitated or co-facilitated, the
 * commitments they own and their answers to the question after a workshop. Erasing removes the reasons they typed
 * and the comments of their answers (which may name them; the score stays for the figures); the rest stays: a
 * commitment is the team's agreement and a session's notes the unit's record, so both belong to the unit and stay,
 * without the name.
 */
@ApplicationScoped
public class WorkshopPersonalData implements PersonalDataPart {

    @PersistenceContext
    EntityManager em;

    @Override
    public void export(Person person, Export export) {
        long id = person.getId();
        export.add(
                "workshops",
                "invitations",
                JsonRows.query(
                        em,
                        "select s.id, s.guide_id, u.code, s.starts_at, s.status,"
                                + " case when i.attendance in " + Attendance.CAME_SQL + " then true else false end,"
                                + " i.attendance from session_invitee i"
                                + " join workshop_session s on s.id = i.session_id join unit u on u.id = s.unit_id"
                                + " where i.person_id = ? order by s.starts_at",
                        List.of("session", "guide", "unit", "startsAt", "status", "attended", "attendance"),
                        id));
        export.add(
                "workshops",
                "waitlists",
                JsonRows.query(
                        em,
                        "select w.session_id, s.starts_at, w.queue_no, w.since from session_waiting w"
                                + " join workshop_session s on s.id = w.session_id where w.person_id = ?"
                                + " order by s.starts_at",
                        List.of("session", "startsAt", "queueNo", "since"),
                        id));
        export.add(
                "workshops",
                "cancellations",
                JsonRows.query(
                        em,
                        "select c.session_id, s.starts_at, c.reason, c.cancelled_at from session_cancellation c"
                                + " join workshop_session s on s.id = c.session_id where c.person_id = ?"
                                + " order by c.cancelled_at",
                        List.of("session", "startsAt", "reason", "cancelledAt"),
                        id));
        export.add(
                "workshops",
                "facilitated",
                JsonRows.query(
                        em,
                        "select s.id, s.guide_id, u.code, s.starts_at, s.status from workshop_session s"
                                + " join unit u on u.id = s.unit_id where s.facilitator_id = ? order by s.starts_at",
                        List.of("session", "guide", "unit", "startsAt", "status"),
                        id));
        export.add(
                "workshops",
                "coFacilitated",
                JsonRows.query(
                        em,
                        "select s.id, s.guide_id, u.code, s.starts_at, s.status from session_co_facilitator c"
                                + " join workshop_session s on s.id = c.session_id join unit u on u.id = s.unit_id"
                                + " where c.person_id = ? order by s.starts_at",
                        List.of("session", "guide", "unit", "startsAt", "status"),
                        id));
        export.add(
                "workshops",
                "reactions",
                JsonRows.query(
                        em,
                        "select session_id, score, comment, dismissed, answered_at from workshop_reaction"
                                + " where person_id = ? order by answered_at",
                        List.of("session", "score", "comment", "dismissed", "answeredAt"),
                        id));
        export.add(
                "workshops",
                "commitments",
                JsonRows.query(
                        em,
                        "select id, session_id, what, due_date, status, factor, module_id, created_at, updated_at"
                                + " from commitment where owner_id = ? order by created_at",
                        List.of(
                                "id",
                                "session",
                                "what",
                                "dueDate",
                                "status",
                                "factor",
                                "module",
                                "createdAt",
                                "updatedAt"),
                        id));
    }

    /**
     * The reasons the person typed when cancelling, and the comments of their answers after a workshop, are their own
     * words: only the fact of the cancellation and the score stay.
     */
    @Override
    public void erase(Person erased, FormerIdentity former) {
        em.createNativeQuery("update workshop_reaction set comment = null where person_id = ?")
                .setParameter(1, erased.getId())
                .executeUpdate();
        JsonRows.update(em, "update session_cancellation set reason = '–' where person_id = ?", erased.getId());
    }
}
