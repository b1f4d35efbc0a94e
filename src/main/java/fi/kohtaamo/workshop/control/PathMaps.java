package fi.kohtaamo.workshop.control;

import fi.kohtaamo.content.entity.Factor;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.workshop.control.PathMapDocument.Mark;
import fi.kohtaamo.workshop.control.PathMapDocument.Touchpoint;
import fi.kohtaamo.workshop.entity.Commitment;
import fi.kohtaamo.workshop.entity.PathMap;
import fi.kohtaamo.workshop.entity.WorkshopSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The customer-path maps of workshop sessions: whoever may open a session ({@link Sessions#find}: the supervisors of its
 * unit, and HR) may read and change its maps. A save names the version it changes; when another browser saved first,
 * {@link Conflict} carries the map as it now is and nothing is changed (the first save wins). A bounce or a wait
 * becomes a team commitment through {@link Sessions#commit}, and the touchpoint keeps the commitment's id.
 */
@ApplicationScoped
public class PathMaps {

    public static final int MAX_MAPS = 6;
    public static final int MAX_NAME = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Commitments commitments;

    /** A map with its checked content. */
    public record Saved(PathMap map, PathMapDocument document) {}

    /** Another browser saved the map since the version the editor had; {@code current} is the map as it now is. */
    public static class Conflict extends RuntimeException {
        private final transient Saved current;

        public Conflict(Saved current) {
            super("path map " + current.map().getId() + " is at version "
                    + current.map().getVersion());
            this.current = current;
        }

        public Saved current() {
            return current;
        }
    }

    public List<Saved> of(Person viewer, Long sessionId) {
        return of(sessions.findToRun(viewer, sessionId));
    }

    /** The maps of a session the caller has already opened through {@link Sessions#find}. */
    public List<Saved> of(WorkshopSession session) {
        return em.createNamedQuery("PathMap.ofSession", PathMap.class)
                .setParameter("session", session.getId())
                .getResultStream()
                .map(PathMaps::saved)
                .toList();
    }

    public Saved find(Person viewer, Long mapId) {
        PathMap map = mapId == null ? null : em.find(PathMap.class, mapId);
        if (map == null) {
            throw new AccessDenied("No path map " + mapId);
        }
        sessions.findToRun(viewer, map.getSession().getId());
        return saved(map);
    }

    /** Starts a new map in the session, with the customer's lane and the team's. */
    @Transactional
    public Saved create(Person viewer, Long sessionId, String name, PathMapDocument start) {
        WorkshopSession session = sessions.findToRun(viewer, sessionId);
        requireOpen(session);
        String checked = checkedName(name);
        List<Saved> existing = of(session);
        if (existing.size() >= MAX_MAPS) {
            throw new PathMapProblem("name", "pathMap.tooManyMaps", MAX_MAPS);
        }
        PathMap map = new PathMap(session, existing.size() + 1, checked, start.json());
        em.persist(map);
        em.flush();
        return saved(map);
    }

    /**
     * Saves a change of the map made from {@code version}: the name and the content are checked first, and the
     * commitment links stay as they were.
     *
     * @throws Conflict when the map has changed since
     * @throws PathMapProblem naming the field for bad input
     */
    @Transactional
    public Saved save(Person viewer, Long mapId, long version, String name, PathMapDocument document) {
        PathMap map = locked(viewer, mapId);
        requireOpen(map.getSession());
        if (map.getVersion() != version) {
            throw new Conflict(saved(map));
        }
        String checked = checkedName(name);
        PathMapDocument kept = document.keepingCommitmentsOf(PathMapDocument.parse(map.getContent()));
        map.change(checked, kept.json());
        em.flush();
        return new Saved(map, kept);
    }

    /**
     * Makes a team commitment from a touchpoint marked as a bounce or a wait, in the map's session, and links the
     * touchpoint to it, in one transaction.
     */
    @Transactional
    public Saved commit(Person viewer, Long mapId, String touchpointId, String what, Factor factor) {
        PathMap map = locked(viewer, mapId);
        PathMapDocument document = PathMapDocument.parse(map.getContent());
        Touchpoint touchpoint = document.touchpoint(touchpointId);
        if (!touchpoint.has(Mark.BOUNCE) && !touchpoint.has(Mark.WAIT)) {
            throw new PathMapProblem("touchpoint", "pathMap.commitNeedsMark");
        }
        if (touchpoint.commitmentId() != null) {
            throw new PathMapProblem("touchpoint", "pathMap.alreadyCommitted");
        }
        Factor chosen = factor != null ? factor : defaultFactor(touchpoint);
        try {
            Commitment commitment = commitments.make(
                    viewer, map.getSession().getId(), new Sessions.NewCommitment(what, null, null, chosen, null));
            PathMapDocument linked = document.withCommitment(touchpointId, commitment.getId());
            map.change(map.getName(), linked.json());
            em.flush();
            return new Saved(map, linked);
        } catch (WorkshopProblem problem) {
            throw new PathMapProblem(problem.field(), problem.messageKey());
        }
    }

    /** Processes for a bounce (nobody owned the question), communication for a wait. */
    public static Factor defaultFactor(Touchpoint touchpoint) {
        return touchpoint.has(Mark.BOUNCE) ? Factor.PROCESSES : Factor.COMMUNICATION;
    }

    /** The commitment a touchpoint links to, if it still exists. */
    public Optional<Commitment> commitment(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Commitment.class, id));
    }

    private PathMap locked(Person viewer, Long mapId) {
        find(viewer, mapId);
        return em.find(PathMap.class, mapId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void requireOpen(WorkshopSession session) {
        if (!session.isOpen()) {
            throw new PathMapProblem("map", "workshop.cancelledSession");
        }
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new PathMapProblem("name", "pathMap.nameRequired");
        }
        if (stripped.length() > MAX_NAME) {
            throw new PathMapProblem("name", "pathMap.nameTooLong", MAX_NAME);
        }
        return stripped;
    }

    private static Saved saved(PathMap map) {
        return new Saved(map, PathMapDocument.parse(map.getContent()));
    }
}
