package fi.kohtaamo.platform.cluster;

import fi.kohtaamo.platform.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Leases on named jobs, kept in the database that every node shares. A node that takes a lease runs the job; the lease
 * lasts for the given time unless its holder takes it again (renews) or lets it go. Taking is one conditional update,
 * so two nodes asking at once cannot both get it. For example, a job scheduled on every node each minute:
 *
 * <pre>
 * if (leases.take("mail-delivery", Duration.ofSeconds(50))) {
 *     deliverPending();
 * }
 * </pre>
 */
@ApplicationScoped
public class Leases {

    @Inject
    Clock clock;

    /** This running server's name in leases: its host and a random part, new at every start. */
    public static final String NODE =
            host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseMigration migration;

    /**
     * Whether this node holds the lease now: it was free, expired or already this node's, and is now held. Never
     * before this start has migrated the schema, so that a job whose timer fires while Kohtaamo still starts waits
     * for its next turn instead of failing on a table that is not there yet.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String name, Duration hold) {
        if (!migration.isDone()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int taken = em.createNativeQuery("update job_lease set holder = ?, held_until = ? where name = ?"
                        + " and (held_until is null or held_until < ? or holder = ?)")
                .setParameter(1, NODE)
                .setParameter(2, Timestamp.valueOf(now.plus(hold)))
                .setParameter(3, name)
                .setParameter(4, Timestamp.valueOf(now))
                .setParameter(5, NODE)
                .executeUpdate();
        return taken == 1;
    }

    /** Adds a lease nobody holds yet, in the caller's transaction (with the work it guards, say). */
    @Transactional
    public void create(String name) {
        em.createNativeQuery("insert into job_lease (name) values (?)")
                .setParameter(1, name)
                .executeUpdate();
    }

    /** Lets the lease go, if this node holds it, so that another node may take it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name) {
        em.createNativeQuery("update job_lease set holder = null, held_until = null where name = ? and holder = ?")
                .setParameter(1, name)
                .setParameter(2, NODE)
                .executeUpdate();
    }

    /** Removes a lease whose job is over. */
    @Transactional
    public void remove(String name) {
        em.createNativeQuery("delete from job_lease where name = ?")
                .setParameter(1, name)
                .executeUpdate();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
