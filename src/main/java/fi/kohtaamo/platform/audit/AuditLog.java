package fi.kohtaamo.platform.audit;

import fi.kohtaamo.platform.export.Exported;
import fi.kohtaamo.platform.metrics.Metrics;
import fi.kohtaamo.platform.web.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kohtaamo's audit log: sign-ins, role changes, imports, exports, deletions and denied access, each with who did it,
 * when and from which address. Call sites add one line:
 *
 * <pre>{@code
 * audit.record(AuditAction.IMPORT_CANCELLED, AuditTarget.of("survey_import", id, fileName), null);
 * }</pre>
 *
 * <p>{@link #record} joins the caller's transaction, so a change and its event are saved together or not at all.
 * {@link #recordAlways}, {@link #signIn} and {@link #accessDenied} write in a transaction of their own: a failed sign-in or a denied access
 * is recorded even though what the caller was doing fails and rolls back.
 *
 * <p>The actor is whoever is signed in for the current request ({@code system} outside any request, e.g. background
 * jobs at start-up); the client address is the request's remote address, or behind a trusted proxy the client's
 * ({@link PublicAddress#client}).
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of events that no signed-in person caused. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<SecurityContext> security;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Actors actors;

    @Inject
    PublicAddress address;

    @Inject
    Metrics metrics;

    @Inject
    Clock clock;

    /** Records an event in the caller's transaction (a new one if there is none). */
    @Transactional
    public void record(AuditAction action, AuditTarget target, String detail) {
        write(caller(), action, target, detail);
    }

    /** Records a download of a table ({@code EXPORTED}, with its format and filter). */
    @Transactional
    public void exported(@Observes Exported download) {
        record(
                AuditAction.EXPORTED,
                AuditTarget.of("export", null, download.table()),
                download.detail().isEmpty() ? download.format() : download.format() + " " + download.detail());
    }

    /** Records an event that must stay even if the caller's transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlways(AuditAction action, AuditTarget target, String detail) {
        write(caller(), action, target, detail);
    }

    /**
     * Records a refused access, in a transaction of its own. The actor is the user the servlet container knows for the
     * request: on the way to an error page after an exception, Jakarta Security no longer names the caller.
     *
     * @param username the request's user, or {@code null} to ask Jakarta Security
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accessDenied(String username, AuditTarget target, String detail) {
        write(username == null ? caller() : username, AuditAction.ACCESS_DENIED, target, detail);
    }

    /**
     * Records a sign-in, a failed one or a lock-out, in a transaction of its own. The actor is the username that was
     * tried, known or not, since nobody is signed in yet. Each is also counted for {@code /metrics}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signIn(AuditAction action, String username, String detail) {
        switch (action) {
            case SIGN_IN -> metrics.signedIn();
            case SIGN_IN_FAILED -> metrics.signInFailed();
            case LOCKED_OUT -> metrics.lockedOut();
            default -> {}
        }
        String tried = username == null ? "" : username.strip().toLowerCase();
        write(tried, action, AuditTarget.NONE, detail);
    }

    private void write(String actor, AuditAction action, AuditTarget target, String detail) {
        Long personId = actor == null || actor.isEmpty() || SYSTEM.equals(actor)
                ? null
                : actors.personId(actor).orElse(null);
        em.persist(new AuditEvent(
                LocalDateTime.now(clock),
                actor,
                personId,
                action,
                target == null ? AuditTarget.NONE : target,
                detail,
                clientAddress()));
    }

    /** The events matching the filter, a page at a time, newest (or oldest) first. */
    public List<AuditEvent> find(AuditFilter filter, int first, int max, boolean newestFirst) {
        AuditFilter.Where where = filter.where();
        String order = newestFirst ? " order by e.at desc, e.id desc" : " order by e.at, e.id";
        TypedQuery<AuditEvent> query =
                em.createQuery("select e from AuditEvent e" + where.condition() + order, AuditEvent.class);
        bind(query, where.parameters());
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AuditFilter filter) {
        AuditFilter.Where where = filter.where();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where.condition(), Long.class);
        bind(query, where.parameters());
        return query.getSingleResult();
    }

    /** Everything the log holds about a person: what they did, and what was done to them. */
    public List<AuditEvent> aboutPerson(Long personId) {
        return em.createNamedQuery("AuditEvent.aboutPerson", AuditEvent.class)
                .setParameter("id", personId)
                .setParameter("idText", personId.toString())
                .getResultList();
    }

    /**
     * Replaces an erased person's username and name in the events by and about them, in the caller's transaction.
     * The events themselves stay: who did what, and when, is still answered, but no longer by name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pseudonymise(Long personId, String oldUsername, String newUsername, String newLabel) {
        em.createQuery("update AuditEvent e set e.actorUsername = :newUsername, e.actorPersonId = :id"
                        + " where e.actorPersonId = :id or e.actorUsername = :oldUsername")
                .setParameter("newUsername", newUsername)
                .setParameter("id", personId)
                .setParameter("oldUsername", oldUsername)
                .executeUpdate();
        em.createQuery("update AuditEvent e set e.targetLabel = :label where e.targetType = 'person'"
                        + " and e.targetId = :idText")
                .setParameter("label", newLabel)
                .setParameter("idText", personId.toString())
                .executeUpdate();
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }

    private String caller() {
        try {
            Principal principal = security.get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }

    private String clientAddress() {
        try {
            return Optional.ofNullable(address.client(request.get())).orElse(null);
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }
}
