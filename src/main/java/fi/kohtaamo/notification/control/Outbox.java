package fi.kohtaamo.notification.control;

import fi.kohtaamo.notification.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Queues mail in the caller's transaction: the mail exists exactly when what caused it was saved. Once that
 * transaction commits, delivery is attempted at once; {@link MailDelivery} retries whatever is left.
 */
@ApplicationScoped
public class Outbox {

    /** Fired when mail has been queued; observed after the transaction commits. */
    public record Queued() {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Queued> queued;

    @Inject
    MailDelivery delivery;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, String calendar) {
        em.persist(new OutboxMail(recipient, subject, body, calendar));
        queued.fire(new Queued());
    }

    /**
     * Queues mail for the next delivery round without trying to send it at once: for a job that queues many mails
     * (the reminders), and then asks for one round ({@link MailDelivery#deliverPendingAsync()}) instead of one per
     * mail, each of which would count a failed attempt against every waiting mail while the server is down.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueForLater(String recipient, String subject, String body) {
        em.persist(new OutboxMail(recipient, subject, body, null));
    }

    /** Queues mail to a customer, whose address and body are erased once it has been sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queuePersonal(String recipient, String subject, String body) {
        em.persist(OutboxMail.personal(recipient, subject, body));
        queued.fire(new Queued());
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued event) {
        delivery.deliverPendingAsync();
    }

    public List<OutboxMail> recent(int max) {
        return em.createNamedQuery("OutboxMail.recent", OutboxMail.class)
                .setMaxResults(max)
                .getResultList();
    }

    public long pendingCount() {
        return em.createQuery("select count(m) from OutboxMail m where m.sentAt is null", Long.class)
                .getSingleResult();
    }

    /** Unsent mails whose delivery has failed at least once. */
    public long failingCount() {
        return em.createQuery("select count(m) from OutboxMail m where m.sentAt is null and m.attempts > 0", Long.class)
                .getSingleResult();
    }
}
