package fi.kohtaamo.workshop.control;

import fi.kohtaamo.organisation.control.Oversight;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.CommitmentEvent;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Commitments that carry through: making one from a form (what it is, the factor it addresses and a due date that has
 * not passed are required or checked before anything is saved), changing its status, and carrying an open one over to
 * the follow-up session, each change kept in its history ({@link CommitmentEvent}). {@link Sessions#commit} records
 * a commitment without the form's checks, for data made by the application itself.
 *
 * <pre>
 * commitments.make(supervisor, sessionId, new Sessions.NewCommitment(what, null, due, Factor.TOOLS, null));
 * commitments.carryOver(supervisor, commitmentId, followUpId);   // WorkshopProblem when refused
 * </pre>
 */
@ApplicationScoped
public class Commitments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Oversight oversight;

    @Inject
    Clock clock;

    /**
     * Records a commitment a supervisor made in a session's form.
     *
     * @throws WorkshopProblem naming the field when a rule is broken: what is empty, no factor is named, the due date
     *     has passed
     * @throws AccessDenied when the session, or the owner, is outside the supervisor's units
     */
    @Transactional
    public Commitment make(Person supervisor, Long sessionId, Sessions.NewCommitment request) {
        if (request.what() == null || request.what().isBlank()) {
            throw new WorkshopProblem("what", "commitment.whatRequired");
        }
        if (request.factor() == null) {
            throw new WorkshopProblem("factor", "commitment.factorRequired");
        }
        if (request.due() != null && request.due().isBefore(LocalDate.now(clock))) {
            throw new WorkshopProblem("due", "commitment.duePast");
        }
        return sessions.commit(supervisor, sessionId, request);
    }

    /** Changes a commitment's status, as {@link Sessions#setCommitmentStatus} does, and keeps it in its history. */
    @Transactional
    public void setStatus(Person actor, Long commitmentId, Commitment.State state) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        if (commitment == null) {
            throw new AccessDenied("No commitment " + commitmentId);
        }
        Commitment.State before = commitment.getStatus();
        sessions.setCommitmentStatus(actor, commitmentId, state);
        if (before != state) {
            em.persist(CommitmentEvent.statusChanged(
                    commitment, state, em.find(Person.class, actor.getId()), LocalDateTime.now(clock)));
        }
    }

    /**
     * Moves an open commitment of the session a follow-up session follows up to the follow-up, with its history: it
     * keeps when and in which session it was made, and the move is added to its history.
     *
     * @throws WorkshopProblem (field {@code review}) when it was carried over already, is done or dropped, or the
     *     session is not a follow-up of the commitment's session
     * @throws AccessDenied when the session or the commitment is outside the supervisor's units
     */
    @Transactional
    public Commitment carryOver(Person supervisor, Long commitmentId, Long followUpId) {
        WorkshopSession followUp = sessions.find(supervisor, followUpId);
        Commitment commitment = commitmentId == null ? null : em.find(Commitment.class, commitmentId);
        if (commitment == null) {
            throw new AccessDenied("No commitment " + commitmentId);
        }
        oversight.requireOversees(supervisor, commitment.getUnit().getId());
        if (commitment.isCarriedOver() && commitment.getSession().getId().equals(followUp.getId())) {
            throw new WorkshopProblem("review", "commitment.alreadyCarried");
        }
        WorkshopSession from = commitment.getSession();
        if (followUp.followUpOf().map(s -> !s.getId().equals(from.getId())).orElse(true)) {
            throw new WorkshopProblem("review", "commitment.carryNotFollowUp");
        }
        if (!followUp.isOpen()) {
            throw new WorkshopProblem("review", "workshop.cancelledSession");
        }
        if (commitment.getStatus() != Commitment.State.OPEN) {
            throw new WorkshopProblem("review", "commitment.carryClosed");
        }
        commitment.carryOverTo(followUp);
        em.persist(CommitmentEvent.carriedOver(
                commitment, from, followUp, em.find(Person.class, supervisor.getId()), LocalDateTime.now(clock)));
        return commitment;
    }

    /** The history of each of these commitments after it was made, oldest first, by commitment id. */
    public Map<Long, List<CommitmentEvent>> historyOf(Collection<Commitment> commitments) {
        if (commitments.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("CommitmentEvent.of", CommitmentEvent.class)
                .setParameter(
                        "commitments",
                        commitments.stream().map(Commitment::getId).toList())
                .getResultStream()
                .collect(
                        Collectors.groupingBy(e -> e.getCommitment().getId(), LinkedHashMap::new, Collectors.toList()));
    }
}
