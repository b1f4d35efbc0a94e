package fi.kohtaamo.pulse.control;

import fi.kohtaamo.pulse.entity.PulseTreeUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit trees closed pulse rounds are disclosed over: written once, the first time a closed round's results are
 * read, and read unchanged ever after ({@link PulseDisclosure} explains why). Kept by {@link Pulses}; nothing else
 * calls this.
 */
@ApplicationScoped
public class PulseTrees {

    /** A unit tree: each unit to its parent (null at the top) and the units the views keep shown where they can. */
    public record Tree(Map<Long, Long> parentOf, Set<Long> kept) {}

    @PersistenceContext
    EntityManager em;

    /** The round's frozen tree, if its results have been read since it closed. */
    public Optional<Tree> frozen(Long roundId) {
        List<PulseTreeUnit> rows = em.createNamedQuery("PulseTreeUnit.ofRound", PulseTreeUnit.class)
                .setParameter("round", roundId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (PulseTreeUnit row : rows) {
            parentOf.put(row.getUnitId(), row.getParentId());
            if (row.isKept()) {
                kept.add(row.getUnitId());
            }
        }
        return Optional.of(new Tree(Collections.unmodifiableMap(parentOf), Set.copyOf(kept)));
    }

    /**
     * Stores the tree as the round's, in a transaction of its own so that it stays whatever the caller does next.
     *
     * @throws jakarta.persistence.PersistenceException if another node froze the round's tree at the same moment
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void freeze(Long roundId, Tree tree) {
        tree.parentOf()
                .forEach((unit, parent) -> em.persist(
                        new PulseTreeUnit(roundId, unit, parent, tree.kept().contains(unit))));
        em.flush();
    }
}
