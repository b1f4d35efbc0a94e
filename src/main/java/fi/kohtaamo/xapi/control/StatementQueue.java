package fi.kohtaamo.xapi.control;

import fi.kohtaamo.xapi.entity.QueuedStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Queues statements in the caller's transaction, as the outbox does mail: a statement exists exactly when the event it
 * reports was saved. Once that transaction commits, sending is attempted at once; {@link StatementDelivery} retries
 * whatever is left.
 */
@ApplicationScoped
public class StatementQueue {

    /** Fired when a statement has been queued; observed after the transaction commits. */
    public record Queued() {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Queued> queued;

    @Inject
    StatementDelivery delivery;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(JsonObject statement, long personId, String summary) {
        em.persist(new QueuedStatement(
                statement.getString("id"), personId, summary, statement.toString(), LocalDateTime.now(clock)));
        queued.fire(new Queued());
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued event) {
        delivery.deliverDueAsync();
    }

    /** Statements not sent after at least one attempt: those the store refused first, then the newest. */
    public List<QueuedStatement> problems(int max) {
        return em.createNamedQuery("QueuedStatement.problems", QueuedStatement.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Statements still to be sent (refused ones are not). */
    public long waitingCount() {
        return count("select count(s) from QueuedStatement s where s.sentAt is null and s.refused = false");
    }

    /** Statements the store refused, which are never sent. */
    public long refusedCount() {
        return count("select count(s) from QueuedStatement s where s.refused = true");
    }

    public long sentCount() {
        return count("select count(s) from QueuedStatement s where s.sentAt is not null");
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
