package fi.kohtaamo.survey.control;

import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import fi.kohtaamo.platform.stats.NpsTally;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.UnitMonthResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** A unit's (and its teams') customer results month by month, read from the running monthly totals. */
@ApplicationScoped
public class UnitResults {

    @PersistenceContext
    EntityManager em;

    /** One month: its answers to the NPS question, and the CSAT mean (null without CSAT answers). */
    public record Month(LocalDate month, NpsTally tally, Double csat) implements Serializable {}

    /** Months from {@code from} on, oldest first, summed over the given units. */
    public List<Month> monthly(Collection<Long> unitIds, LocalDate from) {
        return monthly(unitIds, from, null);
    }

    /** The months from {@code from} to {@code to} (both included; null is no end), oldest first, summed over units. */
    public List<Month> monthly(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, Sums> sums = new TreeMap<>();
        em.createQuery(
                        "select m from UnitMonthResult m where m.id.unitId in :units and m.id.monthStart >= :from"
                                + " and m.id.monthStart <= :to",
                        UnitMonthResult.class)
                .setParameter("units", unitIds)
                .setParameter("from", from.withDayOfMonth(1))
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 1) : to.withDayOfMonth(1))
                .getResultList()
                .forEach(m -> sums.merge(
                        m.getMonthStart(),
                        new Sums(
                                new NpsTally(m.getPromoters(), m.getPassives(), m.getDetractors()),
                                m.getCsatSum(),
                                m.getCsatCount()),
                        Sums::plus));
        List<Month> months = new ArrayList<>();
        sums.forEach((month, s) -> months.add(
                new Month(month, s.tally(), s.csatCount() == 0 ? null : (double) s.csatSum() / s.csatCount())));
        return months;
    }

    /** A month's totals summed over units. */
    private record Sums(NpsTally tally, long csatSum, long csatCount) {
        Sums plus(Sums other) {
            return new Sums(tally.plus(other.tally), csatSum + other.csatSum, csatCount + other.csatCount);
        }
    }

    /** The newest comments of the given units, with their themes. */
    public List<CustomerResponse> latestComments(Collection<Long> unitIds, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("CustomerResponse.latestComments", CustomerResponse.class)
                .setParameter("units", unitIds)
                .setHint(QueryHints.BATCH, "r.themes")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The newest comments of the given units counted in the months from {@code from} to {@code to} (both included, by
     * {@link CustomerResponse#countedAt()}) that mention the theme with the sentiment, with their themes; a null theme
     * or sentiment is any, and {@code max} 0 is all of them.
     */
    public List<CustomerResponse> comments(
            Collection<Long> unitIds, LocalDate from, LocalDate to, Theme theme, Sentiment sentiment, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        boolean themed = theme != null || sentiment != null;
        // a response has one row per theme, so only a filter without a theme needs distinct
        var query = em.createQuery(
                        "select " + (themed && theme == null ? "distinct " : "") + "r from CustomerResponse r"
                                + (themed ? " join r.themes t" : "")
                                + " where r.unit.id in :units and r.comment is not null"
                                + " and " + CustomerResponse.COUNTED_AT_JPQL + " >= :from"
                                + " and " + CustomerResponse.COUNTED_AT_JPQL + " < :to"
                                + (theme == null ? "" : " and t.theme = :theme")
                                + (sentiment == null ? "" : " and t.sentiment = :sentiment")
                                + " order by r.answeredAt desc, r.id desc",
                        CustomerResponse.class)
                .setParameter("units", unitIds)
                .setParameter("from", from.withDayOfMonth(1).atStartOfDay())
                .setParameter("to", to.withDayOfMonth(1).plusMonths(1).atStartOfDay());
        if (theme != null) {
            query.setParameter("theme", theme);
        }
        if (sentiment != null) {
            query.setParameter("sentiment", sentiment);
        }
        if (max > 0) {
            query.setMaxResults(max);
        }
        return query.setHint(QueryHints.BATCH, "r.themes")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    /** Every comment of the given units counted from {@code from} on, newest first, with their themes. */
    public List<CustomerResponse> comments(Collection<Long> unitIds, LocalDate from) {
        return comments(unitIds, from, LocalDate.of(9999, 12, 1), null, null, 0);
    }
}
