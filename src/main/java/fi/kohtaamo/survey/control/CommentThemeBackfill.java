package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.StartupOrder;
import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.config.Setting;
import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the themes of the comments whose themes are not read yet: those stored before comment themes existed and
 * those a bulk import added ({@link ResponseImporter} writes rows with SQL alone). It runs at start-up, after every
 * import and once a minute, on the one node that holds the {@code comment-themes} lease, in batches of
 * {@value #BATCH} each committed on its own: a stopped run leaves whole batches read and the next run goes on from
 * there.
 *
 * <p>When the vocabulary or the tagger's rules have changed since the comments were read ({@link
 * CommentThemes#edition()} differs from the one kept in the setting {@value #EDITION}), the start marks every comment
 * unread first, so that all of them are read again with the new vocabulary; until the run has passed, theme shares mix
 * the two editions.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CommentThemeBackfill {

    static final int BATCH = 500;

    /** The setting that keeps the edition the stored themes were read with. */
    static final String EDITION = "comments.themeEdition";

    private static final Logger LOG = Logger.getLogger(CommentThemeBackfill.class.getName());
    private static final Duration HOLD = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Leases leases;

    @Inject
    CommentThemes themes;

    public void onStart(@Observes @Priority(StartupOrder.READ_COMMENT_THEMES) Startup startup) {
        try {
            readAgainIfChanged();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not compare the comment themes' edition; the next start tries again", e);
        }
        readPendingAsync();
    }

    /**
     * Marks every comment unread when the themes' edition has changed since they were read, and keeps the new edition,
     * in one transaction; returns whether it had changed.
     */
    public synchronized boolean readAgainIfChanged() throws Exception {
        tx.begin();
        try {
            Setting kept = em.find(Setting.class, EDITION);
            boolean changed = kept == null || !kept.getValue().equals(themes.edition());
            if (changed) {
                int marked = em.createQuery("update CustomerResponse r set r.themesRead = false"
                                + " where r.comment is not null and r.themesRead = true")
                        .executeUpdate();
                if (kept == null) {
                    em.persist(new Setting(EDITION, themes.edition()));
                } else {
                    kept.setValue(themes.edition());
                }
                LOG.info(() -> "The comment themes' edition is now " + themes.edition() + ": " + marked
                        + " comments will be read again");
            }
            tx.commit();
            return changed;
        } catch (Exception e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void sweep() {
        readPending();
    }

    /** Reads the pending comments in the background, as after an import. */
    public void readPendingAsync() {
        executor.execute(this::readPending);
    }

    /** Reads every pending comment, batch by batch, unless another node holds the lease; returns how many it read. */
    public synchronized int readPending() {
        int read = 0;
        try {
            while (leases.take("comment-themes", HOLD)) {
                int batch = readBatch();
                read += batch;
                if (batch < BATCH) {
                    break;
                }
            }
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "Reading comment themes stopped after " + read + " comments; the next run goes on",
                    e);
        }
        return read;
    }

    private int readBatch() throws Exception {
        tx.begin();
        try {
            List<CustomerResponse> pending = em.createQuery(
                            "select r from CustomerResponse r where r.themesRead = false order by r.id",
                            CustomerResponse.class)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (CustomerResponse response : pending) {
                response.readThemes(themes.read(response.getComment()));
            }
            tx.commit();
            em.clear();
            return pending.size();
        } catch (Exception e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }
}
