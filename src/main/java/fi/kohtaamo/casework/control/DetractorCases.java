package fi.kohtaamo.casework.control;

import fi.kohtaamo.casework.entity.CaseEvent;
import fi.kohtaamo.casework.entity.CaseState;
import fi.kohtaamo.casework.entity.DetractorCase;
import fi.kohtaamo.casework.entity.RootCause;
import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.learning.control.Assignments;
import fi.kohtaamo.learning.control.Learners;
import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.config.Settings;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.survey.control.ContactLeft;
import fi.kohtaamo.survey.control.ResponseRecorded;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.workshop.control.Commitments;
import fi.kohtaamo.workshop.control.Sessions;
import fi.kohtaamo.workshop.control.WorkshopProblem;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Detractor cases from opening to resolution. A case opens, in the transaction that records the response, for every
 * detractor (NPS 0–6) with a comment answered in the last {@link #OPENS_WITHIN} (an imported history of old answers
 * opens none: nobody waits for an answer to them), and its unit's supervisors are mailed. Supervisors take it one step
 * at a time ({@link CaseRules}); every step is kept in the case's history, and every call checks through {@link
 * Oversight} that the case's unit is the viewer's.
 *
 * <pre>
 * cases.acknowledge(supervisor, id);
 * cases.contacted(supervisor, id);
 * cases.resolve(supervisor, id, new CaseRules.Resolution(note, "factor:processes", null, Set.of(), null, null));
 * </pre>
 */
@ApplicationScoped
public class DetractorCases {

    /** The setting of how many hours a new case has to be acknowledged in. */
    public static final String ACKNOWLEDGE_HOURS = "casework.acknowledgeHours";

    public static final int DEFAULT_ACKNOWLEDGE_HOURS = 48;

    /** The longest acknowledgement target that may be set: 30 days. */
    public static final int MAX_ACKNOWLEDGE_HOURS = 720;

    /** Answers older than this when recorded open no case. */
    public static final Duration OPENS_WITHIN = Duration.ofDays(30);

    /** How long a customer's contact details are kept on an open case. */
    public static final Duration CONTACT_KEPT = Duration.ofDays(30);

    /** A page of cases, oldest first, and how many there are in all. */
    public record Page(List<DetractorCase> cases, long total) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    Oversight oversight;

    @Inject
    Units units;

    @Inject
    CaseMails mails;

    @Inject
    Assignments assignments;

    @Inject
    Learners learners;

    @Inject
    Commitments commitments;

    void onRecorded(@Observes ResponseRecorded event) {
        CustomerResponse response = event.response();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!DetractorCase.opensCase(response) || response.getAnsweredAt().isBefore(now.minus(OPENS_WITHIN))) {
            return;
        }
        DetractorCase opened = new DetractorCase(response, now, acknowledgeTarget());
        em.persist(opened);
        mails.opened(opened);
    }

    void onContactLeft(@Observes ContactLeft event) {
        em.createNamedQuery("DetractorCase.ofResponse", DetractorCase.class)
                .setParameter("response", event.response().getId())
                .getResultStream()
                .findFirst()
                .ifPresent(c -> c.leaveContact(event.contact()));
    }

    /** How long a new case has to be acknowledged in (the setting, 1 to 720 hours; 48 unless set). */
    public Duration acknowledgeTarget() {
        int hours = settings.number(ACKNOWLEDGE_HOURS, DEFAULT_ACKNOWLEDGE_HOURS);
        return Duration.ofHours(hours < 1 || hours > MAX_ACKNOWLEDGE_HOURS ? DEFAULT_ACKNOWLEDGE_HOURS : hours);
    }

    /**
     * Sets the acknowledgement target of cases opened from now on (written to the audit log with the setting).
     *
     * @throws CaseProblem (field {@code hours}) unless from 1 to {@link #MAX_ACKNOWLEDGE_HOURS}
     */
    public void setAcknowledgeHours(Person viewer, Integer hours) {
        oversight.requireOverseesAll(viewer);
        if (hours == null || hours < 1 || hours > MAX_ACKNOWLEDGE_HOURS) {
            throw new CaseProblem("hours", "case.hoursRange");
        }
        settings.setNumber(ACKNOWLEDGE_HOURS, hours);
    }

    /**
     * The cases of these units in these states, oldest first.
     *
     * @param unitIds units the caller has checked the viewer oversees
     */
    public Page list(Collection<Long> unitIds, Set<CaseState> states, int first, int max) {
        if (unitIds.isEmpty() || states.isEmpty()) {
            return new Page(List.of(), 0);
        }
        String where = " from DetractorCase c where c.unit.id in :units and c.state in :states";
        List<DetractorCase> cases = em.createQuery(
                        "select c" + where + " order by c.openedAt, c.id", DetractorCase.class)
                .setParameter("units", unitIds)
                .setParameter("states", states)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        long total = em.createQuery("select count(c)" + where, Long.class)
                .setParameter("units", unitIds)
                .setParameter("states", states)
                .getSingleResult();
        return new Page(cases, total);
    }

    /** The cases of these units opened since then, for their figures. */
    public List<DetractorCase> openedSince(Collection<Long> unitIds, LocalDateTime since) {
        return unitIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select c from DetractorCase c where c.unit.id in :units and c.openedAt >= :since",
                                DetractorCase.class)
                        .setParameter("units", unitIds)
                        .setParameter("since", since)
                        .getResultList();
    }

    /** The open cases of these units, oldest first. */
    public List<DetractorCase> openIn(Set<Long> unitIds) {
        return unitIds.isEmpty()
                ? List.of()
                : em.createNamedQuery("DetractorCase.openIn", DetractorCase.class)
                        .setParameter("units", unitIds)
                        .setParameter("resolved", CaseState.RESOLVED)
                        .getResultList();
    }

    /**
     * A case the viewer oversees.
     *
     * @throws AccessDenied for an unknown id and for a case of a unit outside the viewer's oversight (logged)
     */
    public DetractorCase find(Person viewer, Long id) {
        DetractorCase found = id == null ? null : em.find(DetractorCase.class, id);
        if (found == null) {
            throw new AccessDenied("No case " + id);
        }
        oversight.requireOversees(viewer, found.getUnit().getId());
        return found;
    }

    /** The steps the case has taken, oldest first. */
    public List<CaseEvent> history(DetractorCase detractorCase) {
        return em.createNamedQuery("CaseEvent.of", CaseEvent.class)
                .setParameter("case", detractorCase.getId())
                .getResultList();
    }

    /**
     * @throws CaseProblem (field {@code state}) unless the case is new
     */
    @Transactional
    public DetractorCase acknowledge(Person viewer, Long id) {
        DetractorCase found = find(viewer, id);
        CaseRules.requireStep(found.getState(), CaseState.ACKNOWLEDGED);
        LocalDateTime now = LocalDateTime.now(clock);
        found.acknowledge(now);
        record(found, viewer, now);
        return found;
    }

    /**
     * @throws CaseProblem (field {@code state}) unless the case is acknowledged
     */
    @Transactional
    public DetractorCase contacted(Person viewer, Long id) {
        DetractorCase found = find(viewer, id);
        CaseRules.requireStep(found.getState(), CaseState.CONTACTED);
        LocalDateTime now = LocalDateTime.now(clock);
        found.contacted(now);
        record(found, viewer, now);
        return found;
    }

    /**
     * Resolves a contacted case with its note and root cause, erasing the customer's contact details; assigns the
     * module chosen to the staff chosen (the coaching moment) and makes the team commitment given, in the unit's latest
     * workshop session, all in one transaction.
     *
     * @throws CaseProblem naming the field when a rule is broken; nothing is saved then
     */
    @Transactional
    public DetractorCase resolve(Person viewer, Long id, CaseRules.Resolution resolution) {
        DetractorCase found = find(viewer, id);
        CaseRules.requireStep(found.getState(), CaseState.RESOLVED);
        RootCause cause = CaseRules.check(
                resolution, resolution.moduleId() != null && learners.modules().containsKey(resolution.moduleId()));
        Set<Long> unitIds = units.withDescendants(List.of(found.getUnit().getId()));
        for (Long personId : resolution.staffIds()) {
            Person person = em.find(Person.class, personId);
            if (person == null
                    || !person.isActive()
                    || !unitIds.contains(person.getUnit().getId())) {
                throw new CaseProblem("staff", "case.staffNotInUnit");
            }
            assignments.create(
                    viewer, new Assignments.Request(resolution.moduleId(), null, null, null, personId, null, null));
        }
        Long commitmentId = null;
        if (resolution.commitment() != null) {
            commitmentId = commit(viewer, found, resolution, cause.factor()).getId();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        found.resolve(now, resolution.note(), cause, resolution.moduleId(), commitmentId);
        record(found, viewer, now);
        return found;
    }

    private Commitment commit(Person viewer, DetractorCase found, CaseRules.Resolution resolution, Factor factor) {
        Long sessionId = em.createQuery(
                        "select s.id from WorkshopSession s where s.unit.id = :unit and s.status <> :cancelled"
                                + " order by s.startsAt desc",
                        Long.class)
                .setParameter("unit", found.getUnit().getId())
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new CaseProblem("commitment", "case.commitmentNoSession"));
        try {
            return commitments.make(
                    viewer,
                    sessionId,
                    new Sessions.NewCommitment(
                            resolution.commitment(), null, resolution.commitmentDue(), factor, resolution.moduleId()));
        } catch (WorkshopProblem problem) {
            throw new CaseProblem(problem.field().equals("due") ? "commitmentDue" : "commitment", problem.messageKey());
        }
    }

    private void record(DetractorCase changed, Person actor, LocalDateTime at) {
        em.persist(new CaseEvent(changed, changed.getState(), em.find(Person.class, actor.getId()), at));
    }

    /**
     * Erases the contact details of open cases opened more than {@link #CONTACT_KEPT} ago; erasing again finds nothing.
     *
     * @return how many were erased
     */
    @Transactional
    public int eraseOldContacts() {
        List<DetractorCase> old = em.createQuery(
                        "select c from DetractorCase c where c.contact is not null and c.openedAt < :before",
                        DetractorCase.class)
                .setParameter("before", LocalDateTime.now(clock).minus(CONTACT_KEPT))
                .getResultList();
        old.forEach(DetractorCase::eraseContact);
        return old.size();
    }
}
