package fi.kohtaamo.survey.control;

import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.UnitMonthResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records customer responses exactly once, with their comments' themes, and keeps the monthly unit results in step,
 * in the caller's transaction: a batch is counted whole or not at all. A response counts in the month of its visit when
 * that is known ({@link CustomerResponse#countedMonth()}).
 */
@ApplicationScoped
public class Responses {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommentThemes themes;

    @Inject
    Event<ResponseRecorded> recorded;

    /** How a batch went. */
    public record Outcome(int added, int duplicates) {}

    @Transactional
    public Outcome record(Collection<CustomerResponse> responses) {
        Set<String> existing = existingKeys(
                responses.stream().map(CustomerResponse::getDedupeKey).toList());
        Set<String> seen = new HashSet<>();
        Map<UnitMonthResult.Key, UnitMonthResult> months = new HashMap<>();
        int added = 0;
        int duplicates = 0;
        for (CustomerResponse response : responses) {
            if (existing.contains(response.getDedupeKey()) || !seen.add(response.getDedupeKey())) {
                duplicates++;
                continue;
            }
            if (response.getComment() != null) {
                response.readThemes(themes.read(response.getComment()));
            }
            em.persist(response);
            recorded.fire(new ResponseRecorded(response));
            months.computeIfAbsent(keyOf(response), this::lockedMonth).add(response.getNps(), response.getCsat());
            added++;
        }
        return new Outcome(added, duplicates);
    }

    /** The keys among these that are already stored, looked up in chunks without flushing the batch. */
    private Set<String> existingKeys(List<String> keys) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            found.addAll(em.createQuery(
                            "select r.dedupeKey from CustomerResponse r where r.dedupeKey in :keys", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList());
        }
        return found;
    }

    private static UnitMonthResult.Key keyOf(CustomerResponse response) {
        return new UnitMonthResult.Key(response.getUnit().getId(), response.countedMonth());
    }

    /** The month's running totals, locked until commit so concurrent batches add up exactly. */
    private UnitMonthResult lockedMonth(UnitMonthResult.Key key) {
        UnitMonthResult month = em.find(UnitMonthResult.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (month == null) {
            month = new UnitMonthResult(key);
            em.persist(month);
        }
        return month;
    }
}
