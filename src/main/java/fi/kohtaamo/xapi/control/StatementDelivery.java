package fi.kohtaamo.xapi.control;

import fi.kohtaamo.platform.cluster.Leases;
import fi.kohtaamo.platform.metrics.Metrics;
import fi.kohtaamo.xapi.entity.QueuedStatement;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued statements to the learning record store, each with {@code PUT <endpoint>/statements?statementId=<id>}
 * (xAPI 1.0.3, basic authentication), in its own transaction and locked while it is sent, so that the node sending
 * right after the event and the node retrying never send it twice. The store's answer decides what happens to it:
 *
 * <ul>
 *   <li>204 or 200: sent. 409 Conflict counts as sent too: the store already has a statement with this id, which can
 *       only be this one, sent before when its answer was lost;
 *   <li>another 4xx (but 408 and 429): refused for good, kept with the store's reason for the administrator, never
 *       sent again;
 *   <li>5xx, 408, 429, no answer in 10 s or no connection: tried again after a wait that doubles each time (30 s, 1 min,
 *       … at most an hour), however long the store is away.
 * </ul>
 *
 * Retries run every minute on one node of a cluster, the holder of the {@code xapi-delivery} lease.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StatementDelivery {

    private static final Logger LOG = Logger.getLogger(StatementDelivery.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Clock clock;

    @Inject
    LearningRecordStore store;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Leases leases;

    @Inject
    Metrics metrics;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public void deliverDueAsync() {
        if (store.configured()) {
            executor.execute(() -> deliverDue(LocalDateTime.now(clock)));
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        // Without a store there is nothing to send, and no lease to take every minute.
        if (store.configured() && leases.take("xapi-delivery", Duration.ofSeconds(50))) {
            deliverDue(LocalDateTime.now(clock));
            metrics.jobRan("xapi-delivery");
        }
    }

    /**
     * Sends every statement due by the given time (its wait after a failure over by then) once, oldest first; returns
     * how many the store took. The scheduled retry passes the present.
     */
    public synchronized int deliverDue(LocalDateTime by) {
        if (!store.configured()) {
            return 0;
        }
        List<String> due = em.createNamedQuery("QueuedStatement.due", String.class)
                .setParameter("now", by)
                .setMaxResults(500)
                .getResultList();
        int sent = 0;
        for (String id : due) {
            try {
                tx.begin();
                QueuedStatement statement = em.find(QueuedStatement.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (statement != null && statement.getSentAt() == null && !statement.isRefused()) {
                    if (send(statement)) {
                        sent++;
                    }
                }
                tx.commit();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "xAPI statement " + id + " could not be updated", e);
                try {
                    tx.rollback();
                } catch (Exception ignored) {
                    // Nothing more to undo.
                }
            }
        }
        return sent;
    }

    /** Sends one statement and records the store's answer on it; whether the store now has it. */
    boolean send(QueuedStatement statement) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(store.statements() + "?statementId="
                        + URLEncoder.encode(statement.getId(), StandardCharsets.UTF_8)))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .PUT(HttpRequest.BodyPublishers.ofString(statement.getStatement(), StandardCharsets.UTF_8));
        store.authorization().ifPresent(value -> request.header("Authorization", value));
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200 || status == 204 || status == 409) {
                statement.sent(now);
                return true;
            }
            String reason = "HTTP " + status + ": " + response.body();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                statement.refused(reason);
                LOG.warning("The learning record store refused xAPI statement " + statement.getId() + ": " + reason);
            } else {
                statement.failed(reason, now);
                LOG.warning("xAPI statement " + statement.getId() + " not sent yet: " + reason);
            }
        } catch (HttpTimeoutException e) {
            statement.failed("no answer in " + TIMEOUT.toSeconds() + " s", now);
        } catch (IOException e) {
            statement.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
            LOG.warning("xAPI statement " + statement.getId() + " not sent yet: " + e);
        }
        return false;
    }
}
