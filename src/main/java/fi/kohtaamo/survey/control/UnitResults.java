package fi.kohtaamo.survey.control;

import fi.kohtaamo.platform.stats.NpsCalculator;
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

    /** One month: counts, NPS with its 95 % margin of error, and the CSAT mean (null without CSAT answers). */
    public record Month(LocalDate month, int responses, int promoters, int passives, int detractors, Double csat)
            implements Serializable {

        public double getNps() {
            return NpsCalculator.nps(promoters, detractors, responses);
        }

        public double getMargin() {
            return NpsCalculator.marginOfError(promoters, detractors, responses);
        }
    }

    /** Months from {@code from} on, oldest first, summed over the given units. */
    public List<Month> monthly(Collection<Long> unitIds, LocalDate from) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, int[]> sums = new TreeMap<>();
        em.createQuery(
                        "select m from UnitMonthResult m where m.unitId in :units and m.monthStart >= :from",
                        UnitMonthResult.class)
                .setParameter("units", unitIds)
                .setParameter("from", from.withDayOfMonth(1))
                .getResultList()
                .forEach(m -> {
                    int[] s = sums.computeIfAbsent(m.getMonthStart(), k -> new int[6]);
                    s[0] += m.getResponses();
                    s[1] += m.getPromoters();
                    s[2] += m.getPassives();
                    s[3] += m.getDetractors();
                    s[4] += m.getCsatSum();
                    s[5] += m.getCsatCount();
                });
        List<Month> months = new ArrayList<>();
        sums.forEach((month, s) ->
                months.add(new Month(month, s[0], s[1], s[2], s[3], s[5] == 0 ? null : (double) s[4] / s[5])));
        return months;
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
