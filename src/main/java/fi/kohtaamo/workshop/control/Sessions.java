package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.control.Curriculum;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.notification.control.Outbox;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Attendance;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.Invitee;
import fi.kohtaamo.workshop.entity.SessionStatus;
import fi.kohtaamo.workshop.entity.WorkshopGuide;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scheduling workshops and running them: checks every rule before anything is saved (a guide is chosen, the time is
 * in the future and does not overlap another session of the unit, every invitee belongs to the supervisor's units),
 * then saves the session and queues the invitations in one transaction. Changes and cancellations send an updated
 * calendar event with the same UID.
 */
@ApplicationScoped
public class Sessions {

    public static final String SUPERVISOR_TRACK = "supervisor-coaching";

    /** The longest session, in minutes. */
    public static final int MAX_MINUTES = 480;

    @PersistenceContext
    EntityManager em;

    @Inject
    Oversight oversight;

    @Inject
    Outbox outbox;

    @Inject
    People people;

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    Learners learners;

    @Inject
    Curriculum curriculum;

    @Inject
    Rooms rooms;

    @Inject
    Facilitation facilitation;

    @Inject
    Clock clock;

    @Inject
    Event<WorkshopAttended> attended;

    @Inject
    Event<CommitmentDone> commitmentDone;

    @Inject
    Seats seats;

    /**
     * What a supervisor asks for when scheduling or rescheduling; {@code roomId} books a room from the list
     * ({@link Rooms}), and {@code clashAccepted} says the scheduler saw that another session has it then and saves
     * anyway. The invitees' order is kept: beyond the capacity (none when null) they are put on the waitlist in that
     * order. People of the units in {@code openUnitIds} may sign up themselves.
     */
    public record Request(
            Long unitId,
            String guideId,
            LocalDateTime startsAt,
            int minutes,
            String place,
            String onlineLink,
            Set<Long> inviteeIds,
            Long followUpOf,
            Long roomId,
            boolean clashAccepted,
            Set<Long> coFacilitatorIds,
            String trainerName,
            String trainerOrganisation,
            Integer capacity,
            Set<Long> openUnitIds) {

        /** A request without a room, co-facilitators, trainer or capacity, not open for signing up. */
        public Request(
                Long unitId,
                String guideId,
                LocalDateTime startsAt,
                int minutes,
                String place,
                String onlineLink,
                Set<Long> inviteeIds,
                Long followUpOf) {
            this(unitId, guideId, startsAt, minutes, place, onlineLink, inviteeIds, followUpOf, null, false);
        }

        /** A request with a room, without co-facilitators, trainer or capacity, not open for signing up. */
        public Request(
                Long unitId,
                String guideId,
                LocalDateTime startsAt,
                int minutes,
                String place,
                String onlineLink,
                Set<Long> inviteeIds,
                Long followUpOf,
                Long roomId,
                boolean clashAccepted) {
            this(
                    unitId,
                    guideId,
                    startsAt,
                    minutes,
                    place,
                    onlineLink,
                    inviteeIds,
                    followUpOf,
                    roomId,
                    clashAccepted,
                    Set.of(),
                    null,
                    null,
                    null,
                    Set.of());
        }

        /** A request with a capacity and the units open for signing up, without a room, co-facilitators or trainer. */
        public Request(
                Long unitId,
                String guideId,
                LocalDateTime startsAt,
                int minutes,
                String place,
                String onlineLink,
                Set<Long> inviteeIds,
                Long followUpOf,
                Integer capacity,
                Set<Long> openUnitIds) {
            this(
                    unitId,
                    guideId,
                    startsAt,
                    minutes,
                    place,
                    onlineLink,
                    inviteeIds,
                    followUpOf,
                    null,
                    false,
                    Set.of(),
                    null,
                    null,
                    capacity,
                    openUnitIds);
        }

        public Request {
            openUnitIds = openUnitIds == null ? Set.of() : openUnitIds;
        }
    }

    /** What the team commits to in a session: only {@code what} is required; no owner means the whole team. */
    public record NewCommitment(String what, Long ownerId, LocalDate due, Factor factor, String moduleId) {}

    public List<WorkshopGuide> guides() {
        return em.createNamedQuery("WorkshopGuide.all", WorkshopGuide.class).getResultList();
    }

    public WorkshopSession find(Person viewer, Long sessionId) {
        WorkshopSession session = sessionId == null ? null : em.find(WorkshopSession.class, sessionId);
        if (session == null) {
            throw new AccessDenied("No session " + sessionId);
        }
        oversight.requireOversees(viewer, session.getUnit().getId());
        return session;
    }

    /**
     * A session for someone who runs it: who oversees its unit, or its facilitator or a co-facilitator
     * ({@link Facilitation#runs}). For opening it, facilitator mode and recording it; changing it asks {@link #find}.
     *
     * @throws AccessDenied for anyone else, and for an unknown id
     */
    public WorkshopSession findToRun(Person viewer, Long sessionId) {
        WorkshopSession session = sessionId == null ? null : em.find(WorkshopSession.class, sessionId);
        if (session == null) {
            throw new AccessDenied("No session " + sessionId);
        }
        if (!facilitation.runs(viewer, session)) {
            // Logged and refused as the oversight rule does for any unit outside the viewer's.
            oversight.requireOversees(viewer, session.getUnit().getId());
        }
        return session;
    }

    /** The active people of the session's unit and its sub-units: who may attend it or own one of its commitments. */
    public List<Person> peopleOf(WorkshopSession session) {
        return people.inUnits(units.withDescendants(List.of(session.getUnit().getId()))).stream()
                .filter(Person::isActive)
                .toList();
    }

    /** The sessions of the units the viewer oversees and those they co-facilitate, newest first. */
    public List<WorkshopSession> visibleTo(Person viewer) {
        Set<Long> units = oversight.unitsOverseenBy(viewer);
        Map<Long, WorkshopSession> visible = new HashMap<>();
        if (!units.isEmpty()) {
            em.createNamedQuery("WorkshopSession.inUnits", WorkshopSession.class)
                    .setParameter("units", units)
                    .getResultList()
                    .forEach(s -> visible.put(s.getId(), s));
        }
        if (viewer.isActive()) {
            em.createNamedQuery("WorkshopSession.coFacilitatedBy", WorkshopSession.class)
                    .setParameter("person", viewer.getId())
                    .getResultList()
                    .forEach(s -> visible.putIfAbsent(s.getId(), s));
        }
        return visible.values().stream()
                .sorted(Comparator.comparing(WorkshopSession::getStartsAt).reversed())
                .toList();
    }

    public boolean completedSupervisorTrack(Person person) {
        return learners.completedTrack(person, SUPERVISOR_TRACK);
    }

    /**
     * Schedules a new session and invites people.
     *
     * @throws WorkshopProblem naming the field when a rule is broken
     * @throws AccessDenied when the unit or an invitee is outside the supervisor's units
     */
    @Transactional
    public WorkshopSession schedule(Person supervisor, Request request, Locale locale) {
        if (settings.flag(Settings.REQUIRE_SUPERVISOR_TRACK)
                && !supervisor.hasRole(Role.HR)
                && !completedSupervisorTrack(supervisor)) {
            throw new WorkshopProblem("guide", "workshop.trackRequired");
        }
        Unit unit = checkedUnit(supervisor, request.unitId());
        WorkshopGuide guide = checkedGuide(request.guideId());
        check(supervisor, unit, request, null);
        seats.check(supervisor, request, null);
        var room = rooms.book(
                request.roomId(), request.startsAt(), request.minutes(), null, null, request.clashAccepted());
        WorkshopSession session = new WorkshopSession(unit, guide, em.find(Person.class, supervisor.getId()));
        session.schedule(request.startsAt(), request.minutes(), request.place(), request.onlineLink());
        session.setRoom(room);
        facilitation.apply(
                supervisor, session, request.coFacilitatorIds(), request.trainerName(), request.trainerOrganisation());
        session.setCapacity(request.capacity());
        session.openTo(request.openUnitIds());
        WorkshopSession.Seating seating = session.invite(request.inviteeIds(), LocalDateTime.now(clock));
        if (request.followUpOf() != null) {
            session.setFollowUpOf(find(supervisor, request.followUpOf()));
        }
        em.persist(session);
        mail(session, withRunners(session, new HashSet<>(seating.seated())), "workshop.mail.invited", locale, false);
        seats.mailWaiting(session, seating.waiting());
        return session;
    }

    /** Moves a session or changes its place, guide or invitees; everyone invited gets the updated event. */
    @Transactional
    public WorkshopSession reschedule(Person supervisor, Long sessionId, Request request, Locale locale) {
        WorkshopSession session = find(supervisor, sessionId);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new WorkshopProblem("date", "workshop.notScheduled");
        }
        WorkshopGuide guide = checkedGuide(request.guideId());
        check(supervisor, session.getUnit(), request, session.getId());
        seats.check(supervisor, request, session);
        var room = rooms.book(
                request.roomId(),
                request.startsAt(),
                request.minutes(),
                session.getId(),
                session.getRoom() == null ? null : session.getRoom().getId(),
                request.clashAccepted());
        Set<Long> before = withRunners(
                session,
                session.getInvitees().stream().map(Invitee::getPersonId).collect(Collectors.toSet()));
        session.getWaitlist().forEach(w -> before.add(w.getPersonId()));
        session.setGuide(guide);
        session.schedule(request.startsAt(), request.minutes(), request.place(), request.onlineLink());
        session.setRoom(room);
        facilitation.apply(
                supervisor, session, request.coFacilitatorIds(), request.trainerName(), request.trainerOrganisation());
        session.openTo(request.openUnitIds());
        List<Long> promoted = new ArrayList<>(session.setCapacity(request.capacity()));
        WorkshopSession.Seating seating = session.invite(request.inviteeIds(), LocalDateTime.now(clock));
        promoted.addAll(seating.promoted());
        Set<Long> changed = new HashSet<>(request.inviteeIds());
        changed.removeIf(id -> !session.isInvited(id) || promoted.contains(id));
        mail(session, withRunners(session, changed), "workshop.mail.changed", locale, false);
        seats.mailPromoted(session, promoted);
        seats.mailWaiting(session, seating.waiting());
        Set<Long> now = withRunners(session, request.inviteeIds());
        Set<Long> removed = new HashSet<>(before);
        removed.removeAll(now);
        if (!removed.isEmpty()) {
            mail(session, removed, "workshop.mail.uninvited", locale, true);
        }
        return session;
    }

    @Transactional
    public WorkshopSession cancel(Person supervisor, Long sessionId, Locale locale) {
        WorkshopSession session = find(supervisor, sessionId);
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            session.cancel();
            Set<Long> invited = withRunners(
                    session,
                    session.getInvitees().stream().map(Invitee::getPersonId).collect(Collectors.toSet()));
            session.getWaitlist().forEach(w -> invited.add(w.getPersonId()));
            mail(session, invited, "workshop.mail.cancelled", locale, true);
        }
        return session;
    }

    /** Records who came, and that every other invitee did not. */
    @Transactional
    public WorkshopSession recordAttendance(Person supervisor, Long sessionId, Set<Long> attendees) {
        Map<Long, Attendance> states = new LinkedHashMap<>();
        findToRun(supervisor, sessionId).getInvitees().forEach(i -> states.put(i.getPersonId(), Attendance.NO_SHOW));
        attendees.forEach(id -> states.put(id, Attendance.ATTENDED));
        return recordAttendance(supervisor, sessionId, states);
    }

    /**
     * Records each person's attendance state (null clears it); people of the runner's units may be added late.
     * Only from the session's start time on, so that a session still to come never counts as held.
     */
    @Transactional
    public WorkshopSession recordAttendance(Person supervisor, Long sessionId, Map<Long, Attendance> states) {
        WorkshopSession session = findToRun(supervisor, sessionId);
        if (!session.isOpen()) {
            throw new WorkshopProblem("attendance", "workshop.cancelledSession");
        }
        Set<Long> added = new HashSet<>(states.keySet());
        session.getInvitees().forEach(i -> added.remove(i.getPersonId()));
        requireIn(facilitation.unitsFor(supervisor, session), added);
        if (!hasStarted(session)) {
            throw new WorkshopProblem("attendance", "workshop.notStarted");
        }
        Set<Long> before = session.getInvitees().stream()
                .filter(Invitee::isAttended)
                .map(Invitee::getPersonId)
                .collect(Collectors.toSet());
        session.recordAttendance(states);
        session.getInvitees().stream()
                .filter(Invitee::isAttended)
                .map(Invitee::getPersonId)
                .filter(personId -> !before.contains(personId))
                .forEach(personId -> attended.fire(new WorkshopAttended(sessionId, personId)));
        return session;
    }

    /** Whether the session's start time has come, so that attendance can be recorded. */
    public boolean hasStarted(WorkshopSession session) {
        return session.hasStarted(LocalDateTime.now(clock));
    }

    @Transactional
    public void saveNotes(Person supervisor, Long sessionId, String notes) {
        findToRun(supervisor, sessionId).setNotes(notes);
    }

    /**
     * Records a commitment made in a session, on the session page or on facilitator mode's last step.
     *
     * @throws WorkshopProblem naming the field when a rule is broken
     * @throws AccessDenied when the session, or the owner, is outside the supervisor's units
     */
    @Transactional
    public Commitment commit(Person supervisor, Long sessionId, NewCommitment request) {
        WorkshopSession session = findToRun(supervisor, sessionId);
        if (request.what() == null || request.what().isBlank()) {
            throw new WorkshopProblem("what", "commitment.whatRequired");
        }
        Person owner = null;
        if (request.ownerId() != null) {
            requireIn(facilitation.unitsFor(supervisor, session), Set.of(request.ownerId()));
            owner = em.find(Person.class, request.ownerId());
        }
        Commitment commitment =
                new Commitment(session, request.what(), owner, request.due(), request.factor(), request.moduleId());
        em.persist(commitment);
        return commitment;
    }

    /** Changes a commitment's status: its owner or a supervisor of its unit may. */
    @Transactional
    public void setCommitmentStatus(Person actor, Long commitmentId, Commitment.State state) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        if (commitment == null) {
            throw new AccessDenied("No commitment " + commitmentId);
        }
        boolean owner =
                commitment.getOwner() != null && commitment.getOwner().getId().equals(actor.getId());
        if (!owner) {
            oversight.requireOversees(actor, commitment.getUnit().getId());
        }
        boolean newlyDone = state == Commitment.State.DONE && commitment.getStatus() != Commitment.State.DONE;
        commitment.setStatus(state);
        if (newlyDone) {
            Long doer = commitment.getOwner() != null ? commitment.getOwner().getId() : actor.getId();
            commitmentDone.fire(new CommitmentDone(commitmentId, doer));
        }
    }

    public List<Commitment> commitmentsOf(Person owner) {
        return em.createNamedQuery("Commitment.ofOwner", Commitment.class)
                .setParameter("owner", owner.getId())
                .getResultList();
    }

    /** How many workshops the person has attended: part of their training record. */
    public long attendedCount(Person person) {
        return em.createQuery(
                        "select count(s) from WorkshopSession s join s.invitees i where i.personId = :p and i.attendance in :came",
                        Long.class)
                .setParameter("p", person.getId())
                .setParameter("came", Attendance.CAME)
                .getSingleResult();
    }

    public List<Commitment> commitmentsVisibleTo(Person viewer) {
        return commitmentsIn(oversight.unitsOverseenBy(viewer));
    }

    /** The commitments of these units, for a viewer whose oversight of them the caller has checked. */
    public List<Commitment> commitmentsIn(Set<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Commitment.inUnits", Commitment.class)
                .setParameter("units", units)
                .getResultList();
    }

    /** The months in which any of these units held a workshop. */
    public Set<YearMonth> monthsWithWorkshops(Set<Long> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "select s.startsAt from WorkshopSession s where s.unit.id in :units and s.status = :held",
                        LocalDateTime.class)
                .setParameter("units", units)
                .setParameter("held", SessionStatus.HELD)
                .getResultStream()
                .map(YearMonth::from)
                .collect(Collectors.toSet());
    }

    public List<Commitment> commitmentsOf(WorkshopSession session) {
        return em.createNamedQuery("Commitment.ofSession", Commitment.class)
                .setParameter("session", session.getId())
                .getResultList();
    }

    private Unit checkedUnit(Person supervisor, Long unitId) {
        if (unitId == null) {
            throw new WorkshopProblem("unit", "workshop.unitRequired");
        }
        oversight.requireOversees(supervisor, unitId);
        return em.find(Unit.class, unitId);
    }

    private WorkshopGuide checkedGuide(String guideId) {
        WorkshopGuide guide = guideId == null ? null : em.find(WorkshopGuide.class, guideId);
        if (guide == null || !guide.isActive()) {
            throw new WorkshopProblem("guide", "workshop.guideRequired");
        }
        return guide;
    }

    private void check(Person supervisor, Unit unit, Request request, Long ownId) {
        if (request.startsAt() == null) {
            throw new WorkshopProblem("date", "workshop.dateRequired");
        }
        if (!request.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new WorkshopProblem("date", "workshop.datePast");
        }
        if (request.minutes() < 15 || request.minutes() > MAX_MINUTES) {
            throw new WorkshopProblem("minutes", "workshop.minutesRange");
        }
        if (!webAddress(request.onlineLink())) {
            throw new WorkshopProblem("onlineLink", "workshop.onlineLinkInvalid");
        }
        if (request.inviteeIds() == null || request.inviteeIds().isEmpty()) {
            throw new WorkshopProblem("invitees", "workshop.inviteesRequired");
        }
        if (!oversight.unitsOverseenBy(supervisor).containsAll(unitsOf(request.inviteeIds()))) {
            throw new WorkshopProblem("invitees", "workshop.inviteesOutside");
        }
        LocalDateTime end = request.startsAt().plusMinutes(request.minutes());
        boolean overlaps = em
                .createNamedQuery("WorkshopSession.startingBetween", WorkshopSession.class)
                .setParameter("unit", unit.getId())
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("from", request.startsAt().minusHours(8))
                .setParameter("until", end)
                .getResultList()
                .stream()
                .anyMatch(s -> !s.getId().equals(ownId) && s.overlaps(request.startsAt(), end));
        if (overlaps) {
            throw new WorkshopProblem("date", "workshop.overlap");
        }
    }

    /**
     * Whether an online link is empty or a plain web address. The session page shows it as a link, so anything else
     * (such as {@code javascript:}) could run in the browser of whoever clicks it.
     */
    static boolean webAddress(String link) {
        if (link == null || link.isBlank()) {
            return true;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && lower.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
    }

    private void requireIn(Set<Long> allowedUnits, Collection<Long> personIds) {
        if (!allowedUnits.containsAll(unitsOf(personIds))) {
            throw new AccessDenied("Someone is outside the units of the session's runner");
        }
    }

    /** The people with the session's co-facilitators, who get its invitations, changes and cancellation too. */
    private static Set<Long> withRunners(WorkshopSession session, Set<Long> personIds) {
        Set<Long> all = new HashSet<>(personIds);
        session.getCoFacilitators().forEach(p -> all.add(p.getId()));
        return all;
    }

    private Set<Long> unitsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        List<Long> units = em.createQuery("select p.unit.id from Person p where p.id in :ids", Long.class)
                .setParameter("ids", personIds)
                .getResultList();
        if (units.size() != new HashSet<>(personIds).size()) {
            throw new WorkshopProblem("invitees", "workshop.inviteesOutside");
        }
        return new HashSet<>(units);
    }

    void mail(WorkshopSession session, Set<Long> personIds, String subjectKey, Locale locale, boolean cancel) {
        mail(session, personIds, subjectKey, cancel, true);
    }

    /** Queues one mail to each person in their language, with the session's calendar event when asked for. */
    void mail(WorkshopSession session, Collection<Long> personIds, String subjectKey, boolean cancel, boolean event) {
        if (personIds.isEmpty()) {
            return;
        }
        List<Person> invitees = em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", personIds)
                .getResultList();
        var guide = curriculum.catalogue().guides().get(session.getGuide().getId());
        String where = session.getWhere();
        for (Person invitee : invitees) {
            String language = invitee.getPreferredLanguage();
            String title =
                    (guide == null ? session.getGuide().getId() : guide.title().in(language)) + " – "
                            + session.getUnit().getName();
            String summary = guide == null ? "" : guide.summary().in(language);
            String calendar = event
                    ? CalendarInvitations.ics(
                            session, cancel, title, summary, cancel && session.isOpen() ? List.of(invitee) : invitees)
                    : null;
            outbox.queue(
                    invitee.getEmail(),
                    MailTexts.subject(subjectKey, language, title),
                    MailTexts.body(subjectKey, language, invitee, title, session, where, summary),
                    calendar);
        }
    }

    /** The scheduled sessions still to start that the person is invited to, soonest first. */
    public List<WorkshopSession> upcomingFor(Person person) {
        return em.createQuery(
                        "select s from WorkshopSession s join s.invitees i where i.personId = :p"
                                + " and s.status = :scheduled and s.startsAt > :now order by s.startsAt",
                        WorkshopSession.class)
                .setParameter("p", person.getId())
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
    }

    /** A scheduled session the person is invited to, or empty for any other id, so that others learn nothing of it. */
    public Optional<WorkshopSession> invitedTo(Person person, Long sessionId) {
        return Optional.ofNullable(sessionId == null ? null : em.find(WorkshopSession.class, sessionId))
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED)
                .filter(s ->
                        s.getInvitees().stream().anyMatch(i -> i.getPersonId().equals(person.getId())));
    }

    /**
     * The session as a calendar event for one invitee to add to their calendar, titled in their language as their
     * invitation mail is; its UID is the invitation's, so adding it twice keeps one event.
     */
    public String calendarFor(Person invitee, WorkshopSession session) {
        var guide = curriculum.catalogue().guides().get(session.getGuide().getId());
        String language = invitee.getPreferredLanguage();
        String title =
                (guide == null ? session.getGuide().getId() : guide.title().in(language)) + " – "
                        + session.getUnit().getName();
        String summary = guide == null ? "" : guide.summary().in(language);
        return CalendarInvitations.ics(session, false, title, summary, List.of(invitee));
    }

    /** The modules a guide asks to be completed before its workshop, as its content names them (may be empty). */
    public List<String> preworkOf(WorkshopGuide guide) {
        var content = curriculum.catalogue().guides().get(guide.getId());
        return content == null ? List.of() : content.prework();
    }

    /**
     * The open and closed commitments of the whole team (no single owner) of the person's unit and every unit above
     * it: what their team agreed, on their own home page.
     */
    public List<Commitment> teamCommitmentsFor(Person person) {
        Set<Long> path = Units.path(person.getUnit()).stream().map(Unit::getId).collect(Collectors.toSet());
        if (path.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Commitment c where c.owner is null and c.unit.id in :units"
                                + " order by c.status, c.dueDate",
                        Commitment.class)
                .setParameter("units", path)
                .getResultList();
    }
}
