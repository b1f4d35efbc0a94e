package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Cancellation;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.Waiting;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance across sessions: one person's in every session they had a seat in, waited for or cancelled, and one
 * unit's as people × sessions. Each cell is a state (see {@link #state}); the viewer must oversee the person's unit,
 * or the unit, by the oversight rule: a supervisor their own units, HR every unit.
 */
@ApplicationScoped
public class AttendanceOverview {

    /** A seat with nothing recorded yet. */
    public static final String SEATED = "SEATED";

    public static final String WAITING = "WAITING";
    public static final String CANCELLED = "CANCELLED";

    /** Not on the session at all. */
    public static final String NONE = "NONE";

    /** One session in a person's record: the state and, for a cancellation, its reason. */
    public record Entry(WorkshopSession session, String state, String reason) implements Serializable {}

    /** One person's row of a unit: their state in each session, by session id. */
    public record Row(Person person, Map<Long, String> states) implements Serializable {
        public String in(WorkshopSession session) {
            return states.getOrDefault(session.getId(), NONE);
        }
    }

    /** A unit's sessions, newest first, and its people's rows sorted by name. */
    public record Grid(Unit unit, List<WorkshopSession> sessions, List<Row> rows) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    People people;

    @Inject
    Units units;

    /**
     * The person's state in a session: an {@code Attendance} name, {@link #SEATED}, {@link #WAITING},
     * {@link #CANCELLED} or {@link #NONE}.
     */
    public static String state(WorkshopSession session, Long personId) {
        for (Invitee invitee : session.getInvitees()) {
            if (invitee.getPersonId().equals(personId)) {
                return invitee.getAttendance() == null
                        ? SEATED
                        : invitee.getAttendance().name();
            }
        }
        if (session.isWaiting(personId)) {
            return WAITING;
        }
        return session.getCancellations().stream().anyMatch(c -> c.getPersonId().equals(personId)) ? CANCELLED : NONE;
    }

    /**
     * Every session the person had a seat in, waited for or cancelled (cancelled sessions left out), newest first.
     *
     * @throws AccessDenied when there is no such person or the viewer does not oversee their unit
     */
    public List<Entry> ofPerson(Person viewer, Long personId) {
        Person person = person(viewer, personId);
        Set<WorkshopSession> sessions = new LinkedHashSet<>();
        for (String path : List.of("s.invitees", "s.waitlist", "s.cancellations")) {
            sessions.addAll(em.createQuery(
                            "select s from WorkshopSession s join " + path + " x where x.personId = :p"
                                    + " and s.status <> :cancelled",
                            WorkshopSession.class)
                    .setParameter("p", person.getId())
                    .setParameter("cancelled", SessionStatus.CANCELLED)
                    .getResultList());
        }
        return sessions.stream()
                .sorted(Comparator.comparing(WorkshopSession::getStartsAt).reversed())
                .map(s -> new Entry(s, state(s, person.getId()), reason(s, person.getId())))
                .toList();
    }

    /** The person whose record is asked for, when the viewer oversees their unit. */
    public Person person(Person viewer, Long personId) {
        Person person = personId == null ? null : people.find(personId).orElse(null);
        if (person == null) {
            throw new AccessDenied("No person " + personId);
        }
        oversight.requireOversees(viewer, person.getUnit().getId());
        return person;
    }

    /**
     * The unit's sessions (cancelled ones left out), newest first, with a row for each active person of the unit and
     * its sub-units and for anyone else on one of those sessions.
     *
     * @throws AccessDenied when the viewer does not oversee the unit
     */
    public Grid ofUnit(Person viewer, Long unitId) {
        if (unitId == null) {
            throw new AccessDenied("No unit");
        }
        oversight.requireOversees(viewer, unitId);
        Unit unit = units.find(unitId).orElseThrow(() -> new AccessDenied("No unit " + unitId));
        List<WorkshopSession> sessions = em.createQuery(
                        "select s from WorkshopSession s where s.unit.id = :u and s.status <> :cancelled"
                                + " order by s.startsAt desc",
                        WorkshopSession.class)
                .setParameter("u", unitId)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
        Map<Long, Person> listed = new LinkedHashMap<>();
        people.inUnits(units.withDescendants(List.of(unitId))).stream()
                .filter(Person::isActive)
                .forEach(p -> listed.put(p.getId(), p));
        Set<Long> others = new LinkedHashSet<>();
        for (WorkshopSession session : sessions) {
            session.getInvitees().stream().map(Invitee::getPersonId).forEach(others::add);
            session.getWaitlist().stream().map(Waiting::getPersonId).forEach(others::add);
            session.getCancellations().stream().map(Cancellation::getPersonId).forEach(others::add);
        }
        others.removeAll(listed.keySet());
        if (!others.isEmpty()) {
            em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", others)
                    .getResultList()
                    .forEach(p -> listed.put(p.getId(), p));
        }
        List<Row> rows = new ArrayList<>();
        for (Person person : listed.values()) {
            Map<Long, String> states = new HashMap<>();
            sessions.forEach(s -> states.put(s.getId(), state(s, person.getId())));
            rows.add(new Row(person, states));
        }
        rows.sort(Comparator.comparing((Row r) -> r.person().getLastName())
                .thenComparing(r -> r.person().getFirstName()));
        return new Grid(unit, sessions, rows);
    }

    private static String reason(WorkshopSession session, Long personId) {
        return session.getCancellations().stream()
                .filter(c -> c.getPersonId().equals(personId))
                .map(Cancellation::getReason)
                .findFirst()
                .orElse(null);
    }
}
