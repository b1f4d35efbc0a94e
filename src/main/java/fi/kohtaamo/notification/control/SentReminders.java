package fi.kohtaamo.notification.control;

import fi.kohtaamo.notification.entity.ReminderSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of which events have been reminded of (table {@code reminder_sent}), one unique key per event, written in
 * the transaction that queues the mail: so the mail exists exactly when its keys do, and a key is committed once.
 */
@ApplicationScoped
class SentReminders {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Those of the keys whose reminder has gone. */
    Set<String> sent(Collection<String> keys) {
        List<String> all = List.copyOf(new HashSet<>(keys));
        Set<String> sent = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            sent.addAll(em.createNamedQuery("ReminderSent.among", String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return sent;
    }

    /**
     * Records the keys and queues the mail, in a transaction of its own. If another node committed one of the keys
     * first, the commit fails, and the mail with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void queue(String recipient, Collection<String> keys, LocalDate day, ReminderMail mail) {
        for (String key : keys) {
            em.persist(new ReminderSent(key, day));
        }
        outbox.queueForLater(recipient, mail.subject(), mail.body());
    }
}
