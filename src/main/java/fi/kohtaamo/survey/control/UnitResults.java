package fi.kohtaamo.survey.control;

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

/** A unit's (and its teams') customer results month by month, read from the running monthly totals. */
@ApplicationScoped
public class UnitResults {

    @PersistenceContext
    EntityManager em;

    /** One month: its answers to the NPS question, and the CSAT mean (null without CSAT answers). */
    public record Month(LocalDate month, NpsTally tally, Double csat) implements Serializable {}

    /** Months from {@code from} on, oldest first, summed over the given units. */
    public List<Month> monthly(Collection<Long> unitIds, LocalDate from) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, Sums> sums = new TreeMap<>();
        em.createQuery(
                        "select m from UnitMonthResult m where m.id.unitId in :units and m.id.monthStart >= :from",
                        UnitMonthResult.class)
                .setParameter("units", unitIds)
                .setParameter("from", from.withDayOfMonth(1))
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

    public List<CustomerResponse> latestComments(Collection<Long> unitIds, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("CustomerResponse.latestComments", CustomerResponse.class)
                .setParameter("units", unitIds)
                .setMaxResults(max)
                .getResultList();
    }
}
