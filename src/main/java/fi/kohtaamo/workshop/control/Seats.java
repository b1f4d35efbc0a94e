package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seats in a session: a capacity beyond which invitees wait in line, the first in line promoted (and told by mail) in
 * the same transaction that frees a seat, sessions opened to units whose people sign up themselves, and invitees who
 * cancel with a reason the facilitator reads. {@link Sessions} calls {@link #check} before it schedules or changes a
 * session; everything here checks its own rules before anything is changed.
 *
 * <pre>{@code
 * seats.signUp(employee, sessionId);                 // a seat, or the last place in line when full
 * seats.cancel(employee, sessionId, "Asiakaskäynti"); // frees the seat; the first in line gets it
 * }</pre>
 */
@ApplicationScoped
public class Seats {

    /** The most seats a session may have. */
    public static final int MAX_CAPACITY = 1000;

    /** The longest reason for a cancellation. */
    public static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    /**
     * The seat rules of a schedule or change: a capacity of 1 to {@value #MAX_CAPACITY} (none is no limit), not below
     * the seats of those who keep theirs, and only the supervisor's own units opened for signing up.
     *
     * @param session the session changed, or null for a new one
     */
    void check(Person supervisor, Sessions.Request request, WorkshopSession session) {
        Integer capacity = request.capacity();
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new WorkshopProblem("capacity", "seats.capacityRange");
        }
        if (capacity != null && session != null) {
            long kept = session.getInvitees().stream()
                    .filter(i -> request.inviteeIds().contains(i.getPersonId()) || i.isAttended())
                    .count();
            if (kept > capacity) {
                throw new WorkshopProblem("capacity", "seats.capacityBelowTaken");
            }
        }
        if (!oversight.unitsOverseenBy(supervisor).containsAll(request.openUnitIds())) {
            throw new WorkshopProblem("openUnits", "seats.openUnitsOutside");
        }
    }

    /**
     * The scheduled sessions still to start that are open to the person's unit (or a unit above it), soonest first,
     * whether or not they have signed up.
     */
    public List<WorkshopSession> openFor(Person person) {
        Set<Long> path = Units.path(person.getUnit()).stream().map(Unit::getId).collect(Collectors.toSet());
        if (path.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct s from WorkshopSession s join s.openUnitIds u where u in :units"
                                + " and s.status = :scheduled and s.startsAt > :now order by s.startsAt",
                        WorkshopSession.class)
                .setParameter("units", path)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
    }

    /** The scheduled sessions still to start where the person has a seat or waits for one, soonest first. */
    public List<WorkshopSession> bookedBy(Person person) {
        List<WorkshopSession> booked = new ArrayList<>(sessions.upcomingFor(person));
        booked.addAll(em.createQuery(
                        "select s from WorkshopSession s join s.waitlist w where w.personId = :p"
                                + " and s.status = :scheduled and s.startsAt > :now",
                        WorkshopSession.class)
                .setParameter("p", person.getId())
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList());
        booked.sort((a, b) -> a.getStartsAt().compareTo(b.getStartsAt()));
        return booked;
    }

    /**
     * Signs the person up for a session open to their unit: a seat, or the last place in line when it is full. The
     * invitation (or the word that they wait) is mailed in the same transaction.
     *
     * @throws WorkshopProblem when the session has started, is not scheduled, or they are already on it
     * @throws AccessDenied when the session is not open to their unit
     */
    @Transactional
    public WorkshopSession signUp(Person person, Long sessionId) {
        WorkshopSession session = openSession(person, sessionId);
        if (session.isInvited(person.getId()) || session.isWaiting(person.getId())) {
            throw new WorkshopProblem("signUp", "seats.alreadySignedUp");
        }
        WorkshopSession.Seating seating = session.signUp(person.getId(), LocalDateTime.now(clock));
        sessions.mail(session, seating.seated(), "workshop.mail.invited", false, true);
        mailWaiting(session, seating.waiting());
        return session;
    }

    /**
     * The person gives up their seat or place in line, saying why; a freed seat goes to the first in line, who is told
     * by mail, and the person's calendar event is withdrawn.
     *
     * @throws WorkshopProblem when the reason is missing or too long, or the session has started or is not scheduled
     */
    @Transactional
    public WorkshopSession cancel(Person person, Long sessionId, String reason) {
        WorkshopSession session = sessionId == null ? null : em.find(WorkshopSession.class, sessionId);
        if (session == null || !(session.isInvited(person.getId()) || session.isWaiting(person.getId()))) {
            throw new AccessDenied("Not on session " + sessionId);
        }
        if (session.getStatus() != SessionStatus.SCHEDULED || sessions.hasStarted(session)) {
            throw new WorkshopProblem("reason", "seats.tooLate");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new WorkshopProblem("reason", "seats.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new WorkshopProblem("reason", "seats.reasonTooLong");
        }
        boolean hadSeat = session.isInvited(person.getId());
        List<Long> promoted = session.cancelSeat(person.getId(), text, LocalDateTime.now(clock));
        if (hadSeat) {
            sessions.mail(session, List.of(person.getId()), "workshop.mail.uninvited", true, true);
        }
        mailPromoted(session, promoted);
        return session;
    }

    /** Tells the people promoted from the waitlist that they have a seat, with the calendar event. */
    void mailPromoted(WorkshopSession session, Collection<Long> promoted) {
        sessions.mail(session, promoted, "workshop.mail.promoted", false, true);
    }

    /** Tells the people put on the waitlist that they wait for a seat (no calendar event yet). */
    void mailWaiting(WorkshopSession session, Collection<Long> waiting) {
        sessions.mail(session, waiting, "workshop.mail.waitlisted", false, false);
    }

    /** Everyone with a seat or in line, seats first and then the line in order: for the session's pages. */
    public List<Person> listed(WorkshopSession session) {
        Set<Long> ids = new LinkedHashSet<>();
        session.getInvitees().stream().map(Invitee::getPersonId).forEach(ids::add);
        session.getWaitlist().forEach(w -> ids.add(w.getPersonId()));
        session.getCancellations().forEach(c -> ids.add(c.getPersonId()));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> byId = em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    private WorkshopSession openSession(Person person, Long sessionId) {
        WorkshopSession session = sessionId == null ? null : em.find(WorkshopSession.class, sessionId);
        if (session == null || !openFor(person).contains(session)) {
            boolean known = session != null && session.getStatus() == SessionStatus.SCHEDULED;
            if (known && sessions.hasStarted(session) && isOpenTo(session, person)) {
                throw new WorkshopProblem("signUp", "seats.tooLate");
            }
            throw new AccessDenied("Session " + sessionId + " is not open to person " + person.getId());
        }
        return session;
    }

    private static boolean isOpenTo(WorkshopSession session, Person person) {
        return Units.path(person.getUnit()).stream()
                .anyMatch(unit -> session.getOpenUnitIds().contains(unit.getId()));
    }
}
